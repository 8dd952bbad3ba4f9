package dev.brief.language;

/**
 * A language's quotation marks: the primary pair, the secondary pair for a quotation inside a
 * quotation, and the space set inside each mark ({@code ""} for most languages; a narrow no-break
 * space in French: « texte »).
 *
 * @param open primary opening mark
 * @param close primary closing mark
 * @param innerOpen secondary opening mark
 * @param innerClose secondary closing mark
 * @param inside the space written after an opening and before a closing mark, or {@code ""}
 */
public record QuoteMarks(
    String open, String close, String innerOpen, String innerClose, String inside) {

  /** The marks for nesting depth {@code depth}: 0 is primary, 1 secondary, 2 primary again. */
  public String open(int depth) {
    return depth % 2 == 0 ? open : innerOpen;
  }

  /** The closing mark for nesting depth {@code depth}. */
  public String close(int depth) {
    return depth % 2 == 0 ? close : innerClose;
  }

  /** A text in primary marks, with the language's inside spacing. */
  public String quoted(String text) {
    return open + inside + text + inside + close;
  }
}
