package dev.brief.language;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language table, looked up by a BCP 47 tag's primary subtag ({@code de-AT} is {@code de}):
 * quotation marks, built-in headings and dates. Compose, validate and the theme all ask here, so a
 * language is added in one place.
 */
public final class Languages {
  private static final String NNBSP = "\u202F";

  /**
   * Quotation marks: primary open and close, then the secondary (nested) pair. For the EU's 24
   * languages, as the EU Publications Office prints them (Formex 4, "Use of quotation marks in the
   * different languages", formex.publications.europa.eu/formex-4/physspec/); where that table
   * repeats the primary pair inside (da, et, lv, nl), the secondary pair is the CLDR 44 one
   * (common/main/*.xml, delimiters) or, for da and nl, the one Wikipedia's "Quotation mark" table
   * gives for the same style. Bulgarian and Lithuanian nest the same marks in both sources. The
   * other languages follow CLDR 44. Three choices are ours: English keeps “ ‘ ’ ” (the EU prints ‘
   * “ ” ’), French nests ‹ › with narrow no-break spaces inside, as French typography sets them,
   * and Arabic opens with the guillemets most Arabic print uses, nesting CLDR's ” “.
   */
  private static final Map<String, QuoteMarks> QUOTES =
      Map.ofEntries(
          marks("ar", "«»”“"),
          marks("bg", "„“„“"),
          marks("cs", "„“‚‘"),
          marks("da", "»«›‹"),
          marks("de", "„“‚‘"),
          marks("el", "«»“”"),
          marks("en", "“”‘’"),
          marks("es", "«»“”"),
          marks("et", "„“‚‘"),
          marks("fi", "””’’"),
          Map.entry("fr", new QuoteMarks("«", "»", "‹", "›", NNBSP)),
          marks("ga", "“”‘’"),
          marks("he", "””’’"),
          marks("hr", "„”‚’"),
          marks("hu", "„”»«"),
          marks("it", "«»“”"),
          marks("lt", "„“„“"),
          marks("lv", "“”‘’"),
          marks("mt", "“”‘’"),
          marks("nl", "„”‚’"),
          marks("pl", "„”»«"),
          marks("pt", "«»“”"),
          // Brazilian Portuguese, unlike European (the EU's, above), uses English marks (CLDR pt).
          marks("pt-br", "“”‘’"),
          marks("ro", "„”«»"),
          marks("ru", "«»„“"),
          marks("sk", "„“‚‘"),
          marks("sl", "„“‚‘"),
          marks("sv", "””’’"),
          marks("tr", "“”‘’"),
          marks("uk", "«»„“"));

  /** The keys a brief's {@code labels} may give: the headings and run-in labels of the memo. */
  public static final List<String> LABEL_KEYS = Labels.KEYS;

  private static final Set<String> ARABIC_PUNCTUATION =
      Set.of("ar", "fa", "ur", "ps", "sd", "ug", "ckb");

  /** What parts a tag: its subtags ({@code pt-BR}), or as Java writes locales ({@code pt_BR}). */
  private static final Pattern SUBTAG = Pattern.compile("[-_]");

  private Languages() {}

  /** The primary subtag of a tag, lower case: {@code uk-UA} gives {@code uk}. */
  public static String primary(String tag) {
    return SUBTAG.split(tag.strip(), 2)[0].toLowerCase(Locale.ROOT);
  }

  /**
   * The quotation marks for a language tag: its language and region when the table has them ({@code
   * pt-BR}), else its language; English ones for a language not in the table.
   */
  public static QuoteMarks quotes(String tag) {
    String[] parts = SUBTAG.split(tag.strip().toLowerCase(Locale.ROOT));
    QuoteMarks marks = parts.length > 1 ? QUOTES.get(parts[0] + "-" + parts[1]) : null;
    return marks != null ? marks : QUOTES.getOrDefault(primary(tag), QUOTES.get("en"));
  }

  /** The languages (primary subtags) the quotation-mark table covers, sorted. */
  public static List<String> quoteLanguages() {
    return QUOTES.keySet().stream().filter(k -> !k.contains("-")).sorted().toList();
  }

  /** The languages (primary subtags) with built-in headings, sorted. */
  public static List<String> builtIn() {
    return Labels.LANGUAGES;
  }

  /**
   * Whether a tag's language is written in the Arabic script with its own comma, semicolon and
   * question mark (، ؛ ؟): Arabic, Persian, Urdu, Pashto, Sindhi, Uyghur, Sorani Kurdish.
   */
  public static boolean arabicPunctuation(String tag) {
    return ARABIC_PUNCTUATION.contains(primary(tag));
  }

  /** Whether a tag's language has built-in headings. */
  public static boolean hasLabels(String tag) {
    return Labels.LANGUAGES.contains(primary(tag));
  }

  /**
   * The built-in heading or run-in label for one of {@link #LABEL_KEYS}, in the tag's language, or
   * in English when the language has none built in. The implications heading holds {@code
   * {subject}}, for the caller to replace.
   */
  public static String label(String tag, String key) {
    return Labels.label(primary(tag), key);
  }

  /** The names of the months in the language of {@code tag} (every form), and in English. */
  public static Set<String> monthNames(String tag) {
    return Dates.monthNames(tag);
  }

  /**
   * A date written out as the tag's locale writes it in running text, from the JDK's CLDR data
   * ("21. März 2025", "21 mars 2025", "March 21, 2025" for {@code en-US}), with no-break spaces
   * that keep the day and month together. Plain {@code en} is written the British way ("21 March
   * 2025"), and a language the JDK has no data for falls back to that.
   */
  public static String date(LocalDate date, String tag) {
    return Dates.format(date, tag);
  }

  private static Map.Entry<String, QuoteMarks> marks(String language, String marks) {
    String[] m = marks.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    return Map.entry(language, new QuoteMarks(m[0], m[1], m[2], m[3], ""));
  }
}
