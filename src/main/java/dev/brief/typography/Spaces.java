package dev.brief.typography;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

  /**
   * A day beside a word: "21 March", "21. März", "March 21"; the word is checked as a month. Each
   * word is matched once, whole (possessive, from its start), so a megabyte of letters is linear.
   */
  private static final Pattern DAY_AND_WORD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])\\d{1,2}\\.? (\\p{L}++)|(?<!\\p{L})(\\p{L}++) \\d{1,2}(?!\\d)");

  static void apply(Run run, Style style) {
    for (Pattern pattern : List.of(NUMBER_UNIT, CURRENCY_NUMBER, CITATION)) {
      Matcher m = pattern.matcher(run.text());
      while (m.find()) {
        if (run.editable(m.start()) && run.untouched(m.start())) {
          run.replace(m.start(), NO_BREAK);
        }
      }
    }
    dates(run, style.months());
    if (style.french()) {
      frenchSpacing(run);
    }
  }

  /** A no-break space between a day and its month, in the language's month names or English. */
  private static void dates(Run run, Set<String> months) {
    Matcher m = DAY_AND_WORD.matcher(run.text());
    int from = 0;
    while (from < run.length() && m.find(from)) {
      boolean dayFirst = m.group(1) != null;
      String word = dayFirst ? m.group(1) : m.group(2);
      int space = dayFirst ? m.start(1) - 1 : m.end(2);
      if (months.contains(word) && run.editable(space) && run.untouched(space)) {
        run.replace(space, NO_BREAK);
      }
      // The word may be the start of the next match ("March 21 April"): go on after the space.
      from = space + 1;
    }
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
