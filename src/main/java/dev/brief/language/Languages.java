package dev.brief.language;

import java.util.Locale;
import java.util.Map;

/**
 * The language table, looked up by a BCP 47 tag's primary subtag ({@code de-AT} is {@code de}).
 * Unknown languages get English marks.
 */
public final class Languages {
  private static final String NNBSP = "\u202F";

  /**
   * Quotation marks by primary subtag. To be completed: the EU's 24 languages, uk, ru, tr, ar, he.
   */
  private static final Map<String, QuoteMarks> QUOTES =
      Map.of(
          "en", new QuoteMarks("\u201C", "\u201D", "\u2018", "\u2019", ""),
          "uk", new QuoteMarks("\u00AB", "\u00BB", "\u201E", "\u201C", ""),
          "de", new QuoteMarks("\u201E", "\u201C", "\u201A", "\u2018", ""),
          "fr", new QuoteMarks("\u00AB", "\u00BB", "\u2039", "\u203A", NNBSP));

  private Languages() {}

  /** The primary subtag of a tag, lower case: {@code uk-UA} gives {@code uk}. */
  public static String primary(String tag) {
    return tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
  }

  /** The quotation marks for a language tag; English ones for a language not in the table. */
  public static QuoteMarks quotes(String tag) {
    return QUOTES.getOrDefault(primary(tag), QUOTES.get("en"));
  }
}
