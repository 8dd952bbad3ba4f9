package dev.brief.model;

import java.util.Optional;

/**
 * Recognises quote text wrapped in a pair of quotation marks, in the conventions briefs are written
 * in: the validator warns about it and the binder drops the marks, since the memo adds its own.
 */
public final class QuotationMarks {
  /**
   * Opening and closing marks: straight, English curly, German and Ukrainian low-high, guillemets,
   * and the Finnish, Swedish and Hebrew ”…”.
   */
  private static final String[][] PAIRS = {
    {"\"", "\""},
    {"'", "'"},
    {"\u201C", "\u201D"},
    {"\u2018", "\u2019"},
    {"\u201D", "\u201D"},
    {"\u201E", "\u201C"},
    {"\u201E", "\u201D"},
    {"\u201A", "\u2018"},
    {"\u00AB", "\u00BB"},
    {"\u00BB", "\u00AB"},
    {"\u2039", "\u203A"}
  };

  private QuotationMarks() {}

  /**
   * The text inside the marks when the whole text is one quotation: it opens and closes with a pair
   * and holds no closing mark inside, so {@code "A" and "B"} (two quotations) does not count.
   */
  public static Optional<String> unwrap(String text) {
    for (String[] pair : PAIRS) {
      String open = pair[0];
      String close = pair[1];
      if (text.length() >= open.length() + close.length() + 1
          && text.startsWith(open)
          && text.endsWith(close)) {
        String inner = text.substring(open.length(), text.length() - close.length());
        if (!inner.contains(close)) {
          return Optional.of(inner.strip());
        }
      }
    }
    return Optional.empty();
  }
}
