package dev.brief.compose;

import dev.brief.diagnostic.BriefException;
import dev.brief.language.Lines;
import dev.brief.model.Brief;

/**
 * Composes a brief into a CommonMark memo through a template. Pure and thread-safe: the same brief
 * and template always give the same text, which ends with exactly one newline and has no trailing
 * spaces or runs of blank lines.
 */
public final class Composer {
  private Composer() {}

  /**
   * Composes one brief.
   *
   * @throws BriefException with a {@code template-error} when the template's output for this brief
   *     passes {@link Template#MAX_OUTPUT_CHARS}
   */
  public static String compose(Brief brief, Template template) throws BriefException {
    return tidy(template.render(MemoView.of(brief)));
  }

  /**
   * A brief's text as the memo's Markdown holds it: what is not emphasis, strong, a code span or a
   * web link escaped, so it reads as typed. The engine reads it back as plain text for the running
   * header and the document's metadata, which print no Markdown.
   */
  public static String markdown(String text) {
    return MarkdownText.escape(text);
  }

  /**
   * Drops trailing spaces, leading blank lines and repeated blank lines (one blank line means the
   * same to Markdown as several) so a template's spacing slips never reach the output.
   */
  static String tidy(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    boolean blank = true;
    for (String line : Lines.of(markdown)) {
      String stripped = line.stripTrailing();
      if (stripped.isEmpty()) {
        blank = true;
        continue;
      }
      if (blank && out.length() > 0) {
        out.append('\n');
      }
      out.append(stripped).append('\n');
      blank = false;
    }
    return out.toString();
  }
}
