package dev.brief.typography;

import dev.brief.language.Languages;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * No-break spaces in one run: between a number and its unit, sign or scale word (21&nbsp;%,
 * 3&nbsp;bn, 5&nbsp;млрд), between a currency and its number (EUR&nbsp;3), before a citation
 * marker, so "[6]" never starts a line, between a day and its month ("21&nbsp;March"), and in
 * French before {@code ; : ! ?} (a narrow one, added where none was typed).
 */
final class Spaces {
  static final String NO_BREAK = "\u00A0";
  static final String NARROW_NO_BREAK = "\u202F";

  /**
   * Units, signs and scale words that follow a number, in the languages brief knows best; each
   * group is one string, its words separated by {@code |}.
   */
  private static final List<String> UNITS =
      List.of(
          "%|‰|€|$|£|¥|₴|₽|EUR|USD|UAH|GBP|CHF|PLN",
          "k|m|bn|tn|trn|thousand|million|millions|billion|billions|trillion|per cent|percent",
          "тис.|тисяч|тисячі|млн|мільйон|мільйони|мільйонів|млрд|мільярд|мільярди|мільярдів"
              + "|трлн|грн|гривень|євро",
          "Tsd.|Mio.|Million|Millionen|Mrd.|Milliarde|Milliarden|Prozent|Euro",
          "milliers|millions|milliard|milliards|euros|pour cent",
          "mm|cm|km|m²|km²|ha|kg|t|kW|MW|GW|kWh|MWh|GWh|TWh|bcm|°C|°F|км|кг|т|МВт|ГВт");

  private static final String CURRENCIES = "[€$£¥₴₽]|\\b(?:EUR|USD|UAH|GBP|CHF|PLN)";

  private static final Pattern NUMBER_UNIT =
      Pattern.compile("(?<=\\d) (?=(?:" + alternatives(UNITS) + ")(?![\\p{L}\\p{N}]))");

  private static final Pattern CURRENCY_NUMBER = Pattern.compile("(?<=" + CURRENCIES + ") (?=\\d)");

  private static final Pattern CITATION = Pattern.compile(" (?=\\[\\d+(?:, ?\\d+)*\\])");

  private static final String FRENCH_SPACED = ";:!?";

  private Spaces() {}

  /** The day-and-month pattern of each language, made once. */
  private static final Map<String, Pattern> DATES = new ConcurrentHashMap<>();

  static void apply(Run run, String lang) {
    Pattern dates = DATES.computeIfAbsent(Languages.primary(lang), Spaces::dates);
    for (Pattern pattern : List.of(NUMBER_UNIT, CURRENCY_NUMBER, CITATION, dates)) {
      Matcher m = pattern.matcher(run.text());
      while (m.find()) {
        if (run.editable(m.start()) && run.untouched(m.start())) {
          run.replace(m.start(), NO_BREAK);
        }
      }
    }
    if (Languages.primary(lang).equals("fr")) {
      frenchSpacing(run);
    }
  }

  /**
   * A space between a day and its month in a date typed in text ("21 March", "21. März", "March
   * 21"), in the language's month names and English.
   */
  private static Pattern dates(String primary) {
    String months =
        Languages.monthNames(primary).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile(
        "(?<=(?<!\\d)\\d{1,2}\\.?) (?=(?:"
            + months
            + ")(?!\\p{L}))|(?<=(?<!\\p{L})(?:"
            + months
            + ")) (?=\\d{1,2}(?!\\d))");
  }

  /** A narrow no-break space before ; : ! ? in French, replacing a typed space or added. */
  private static void frenchSpacing(Run run) {
    for (int i = 1; i < run.length(); i++) {
      char c = run.at(i);
      if (FRENCH_SPACED.indexOf(c) < 0 || !run.editable(i)) {
        continue;
      }
      char prev = run.at(i - 1);
      boolean time = c == ':' && Character.isDigit(prev) && Character.isDigit(run.at(i + 1));
      if ((prev == ' ' || prev == '\u00A0') && run.editable(i - 1) && run.untouched(i - 1)) {
        run.replace(i - 1, NARROW_NO_BREAK);
      } else if (!Character.isWhitespace(prev)
          && !Character.isSpaceChar(prev)
          && FRENCH_SPACED.indexOf(prev) < 0
          && !time
          && run.untouched(i)) {
        run.insertBefore(i, NARROW_NO_BREAK);
      }
    }
  }

  private static String alternatives(List<String> words) {
    return words.stream()
        .flatMap(group -> Arrays.stream(group.split("\\|")))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}
