package dev.brief.language;

import java.text.DateFormat;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dates in running text, from the JDK's CLDR data: the locale's long date pattern ("d. MMMM y" in
 * German, "MMMM d, y" in American English), with its spaces between day and month, and before a
 * closing abbreviation ("2025 р."), made no-break, so that neither is split across lines. Digits
 * stay ASCII and the calendar ISO, whatever the tag's extensions ask for.
 */
final class Dates {
  private static final char NBSP = '\u00A0';

  /**
   * Languages known to have date data without asking the JDK for all of them, which costs a cold
   * render 8 ms: English is in java.base, the languages with built-in headings are in every JDK
   * that has the jdk.localedata module.
   */
  static final Set<String> SURELY_KNOWN =
      ModuleLayer.boot().findModule("jdk.localedata").isPresent()
          ? Set.of("en", "de", "es", "fr", "it", "pl", "uk")
          : Set.of("en");

  /** The languages the JDK has date data for; others would get CLDR's root "2025 M03 21". */
  static final class Known {
    static final Set<String> LANGUAGES =
        Arrays.stream(DateFormat.getAvailableLocales())
            .map(Locale::getLanguage)
            .filter(language -> !language.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  private Dates() {}

  static String format(LocalDate date, String tag) {
    Locale locale = locale(tag);
    String pattern =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            FormatStyle.LONG, null, IsoChronology.INSTANCE, locale);
    return DateTimeFormatter.ofPattern(noBreak(pattern), locale).format(date);
  }

  /** Plain {@code en} as British English, which writes day before month; unknown ones likewise. */
  /**
   * The month names a date in the language of {@code tag} is written with, in every form CLDR has
   * (the genitive of a date, "березня", and the standalone name, "березень"), plus the English
   * ones.
   */
  static Set<String> monthNames(String tag) {
    Set<String> names = new java.util.TreeSet<>();
    for (Locale locale : List.of(locale(tag), Locale.UK)) {
      for (java.time.Month month : java.time.Month.values()) {
        for (java.time.format.TextStyle style :
            List.of(java.time.format.TextStyle.FULL, java.time.format.TextStyle.FULL_STANDALONE)) {
          String name = month.getDisplayName(style, locale);
          if (!name.chars().allMatch(Character::isDigit)) {
            names.add(name);
          }
        }
      }
    }
    return names;
  }

  static Locale locale(String tag) {
    Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
    String language = locale.getLanguage();
    if (!SURELY_KNOWN.contains(language) && !Known.LANGUAGES.contains(language)) {
      return Locale.UK;
    }
    return locale.getLanguage().equals("en") && locale.getCountry().isEmpty() ? Locale.UK : locale;
  }

  /**
   * The pattern with no-break spaces between its day and month fields, and in the literal after its
   * last field. Pattern letters outside quotes are fields; everything else is literal.
   */
  static String noBreak(String pattern) {
    int[] fieldOf = fields(pattern);
    int day = firstOf(pattern, fieldOf, "d");
    int month = firstOf(pattern, fieldOf, "ML");
    int lastField = -1;
    for (int i = 0; i < pattern.length(); i++) {
      if (fieldOf[i] != 0) {
        lastField = i;
      }
    }
    StringBuilder out = new StringBuilder(pattern);
    for (int i = 0; i < pattern.length(); i++) {
      boolean between =
          day >= 0 && month >= 0 && i > Math.min(day, month) && i < Math.max(day, month);
      char c = pattern.charAt(i);
      // Newer JDKs' CLDR writes some of these spaces as U+202F already (uk "2025 р." on JDK 25):
      // every one becomes U+00A0, so a date reads the same on every JDK.
      boolean space = c == ' ' || c == '\u202F' || c == NBSP;
      if (space && fieldOf[i] == 0 && (between || i > lastField)) {
        out.setCharAt(i, NBSP);
      }
    }
    return out.toString();
  }

  /** For each position, the pattern letter of the field it belongs to, or 0 in a literal. */
  private static int[] fields(String pattern) {
    int[] fieldOf = new int[pattern.length()];
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        fieldOf[i] = c;
      }
    }
    return fieldOf;
  }

  /** Where the first field written with one of {@code letters} starts, or -1. */
  private static int firstOf(String pattern, int[] fieldOf, String letters) {
    for (int i = 0; i < pattern.length(); i++) {
      if (fieldOf[i] != 0 && letters.indexOf(fieldOf[i]) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
