package dev.brief.typography;

import dev.brief.language.Citations;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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

  /** Every unit, sign and scale word (each matched whole, as a word). */
  private static final List<String> UNIT_WORDS =
      UNITS.stream().flatMap(group -> Arrays.stream(group.split("\\|"))).toList();

  private static final String CURRENCY_SIGNS = "€$£¥₴₽";

  private static final List<String> CURRENCY_CODES =
      List.of("EUR", "USD", "UAH", "GBP", "CHF", "PLN");

  private static final String FRENCH_SPACED = ";:!?";

  private Spaces() {}

  /**
   * Looks at each typed space once, in the text as typed. Every rule but French spacing needs a
   * digit, so a run without one costs one scan; the checks are plain comparisons, not patterns
   * tried at every character (this pass ran on every paragraph of every memo, and its patterns were
   * a fifth of a batch render's time).
   */
  static void apply(Run run, Style style) {
    CharSequence text = run.text();
    if (hasDigit(text)) {
      for (int s = next(text, 0); s >= 0; s = next(text, s + 1)) {
        if ((unitAfter(text, s)
                || currencyBefore(text, s)
                || citationAfter(text, s)
                || lastOfCitation(text, s))
            && run.editable(s)
            && run.untouched(s)) {
          run.replace(s, NO_BREAK);
        }
      }
      dates(run, text, style.months());
    }
    if (style.french()) {
      frenchSpacing(run);
    }
  }

  /** 3 %, 5 bn, 10 km: a digit, the space, a unit not followed by a letter or number. */
  private static boolean unitAfter(CharSequence text, int s) {
    if (!isDigit(text, s - 1)) {
      return false;
    }
    for (String unit : UNIT_WORDS) {
      if (startsWith(text, s + 1, unit) && !isLetterOrNumber(text, s + 1 + unit.length())) {
        return true;
      }
    }
    return false;
  }

  /** € 3, EUR 3: a currency sign or code (a word of its own), the space, a digit. */
  private static boolean currencyBefore(CharSequence text, int s) {
    if (!isDigit(text, s + 1) || s == 0) {
      return false;
    }
    if (CURRENCY_SIGNS.indexOf(text.charAt(s - 1)) >= 0) {
      return true;
    }
    return s >= 3
        && CURRENCY_CODES.stream().anyMatch(code -> startsWith(text, s - 3, code))
        && (s == 3 || !isWordChar(text.charAt(s - 4)));
  }

  /**
   * The space before the last number of a citation list, [1, 2, 12]: so "12]" never starts a line
   * alone. The others may break, so a long list still fits the line.
   */
  private static boolean lastOfCitation(CharSequence text, int s) {
    if (s < 1 || text.charAt(s - 1) != ',') {
      return false;
    }
    int close = s + 1;
    while (isDigit(text, close)) {
      close++;
    }
    if (close == s + 1 || close >= text.length() || text.charAt(close) != ']') {
      return false;
    }
    int open = s - 1;
    while (open >= 0
        && (isDigit(text, open) || text.charAt(open) == ',' || text.charAt(open) == ' ')) {
      open--;
    }
    return open >= 0 && text.charAt(open) == '[' && Citations.end(text, open) == close + 1;
  }

  /** A citation after the space: [3] or [1, 2]. */
  private static boolean citationAfter(CharSequence text, int s) {
    return Citations.end(text, s + 1) >= 0;
  }

  /**
   * A no-break space between a day and its month, in the language's month names or English: a day
   * of one or two digits (not part of a longer number), an optional dot, the space and a word ("21
   * March", "21. März"), or a word, the space and a day ("March 21"); the word, all its letters, is
   * looked up as a month.
   */
  private static void dates(Run run, CharSequence text, Set<String> months) {
    for (int s = next(text, 0); s >= 0; s = next(text, s + 1)) {
      String word = null;
      int d = s - 1;
      if (d >= 0 && text.charAt(d) == '.') {
        d--;
      }
      int k = d;
      while (isDigit(text, k)) {
        k--;
      }
      int digits = d - k;
      if (digits >= 1 && digits <= 2 && !isLetterOrNumberBefore(text, k + 1)) {
        int end = lettersFrom(text, s + 1);
        word = end > s + 1 ? text.subSequence(s + 1, end).toString() : null;
      } else if (d == s - 1) {
        int startOfWord = lettersBefore(text, s);
        int day = s + 1;
        while (isDigit(text, day)) {
          day++;
        }
        if (startOfWord < s && day - (s + 1) >= 1 && day - (s + 1) <= 2) {
          word = text.subSequence(startOfWord, s).toString();
        }
      }
      if (word != null && months.contains(word) && run.editable(s) && run.untouched(s)) {
        run.replace(s, NO_BREAK);
      }
    }
  }

  private static int next(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code word} stands in {@code text} at {@code at}. */
  private static boolean startsWith(CharSequence text, int at, String word) {
    if (at + word.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text.charAt(at + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** An ASCII digit, as {@code \d} is. */
  private static boolean isDigit(CharSequence text, int i) {
    return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  /** Whether a letter or number ({@code [\p{L}\p{N}]}) starts at {@code i}. */
  private static boolean isLetterOrNumber(CharSequence text, int i) {
    return i < text.length() && letterOrNumber(Character.codePointAt(text, i));
  }

  /** Whether a letter or number ends just before {@code i}. */
  private static boolean isLetterOrNumberBefore(CharSequence text, int i) {
    return i > 0 && letterOrNumber(Character.codePointBefore(text, i));
  }

  private static boolean letterOrNumber(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** A word character as {@code \b} sees one. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Where the letters that start at {@code from} end. */
  private static int lettersFrom(CharSequence text, int from) {
    int i = from;
    while (i < text.length()) {
      int cp = Character.codePointAt(text, i);
      if (!Character.isLetter(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** Where the letters that end just before {@code end} start. */
  private static int lettersBefore(CharSequence text, int end) {
    int i = end;
    while (i > 0) {
      int cp = Character.codePointBefore(text, i);
      if (!Character.isLetter(cp)) {
        break;
      }
      i -= Character.charCount(cp);
    }
    return i;
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
}
