package dev.brief.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The language table: dates from the JDK's CLDR data (these expectations hold on JDK 17's CLDR, and
 * may need a look when a later JDK brings newer data), labels and quotation marks.
 */
class LanguagesTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 21);
  private static final String NBSP = "\u00A0";

  /** The EU's 24 official languages, and five more the issue names. */
  static final List<String> REQUIRED =
      List.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
          "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "uk", "ru", "tr", "ar", "he");

  /** The shortcut that spares a cold render the JDK's whole locale list must agree with it. */
  @Test
  void everyLanguageTakenAsKnownWithoutAskingHasDateData() {
    assertTrue(
        Dates.Known.LANGUAGES.containsAll(Dates.SURELY_KNOWN),
        () -> Dates.SURELY_KNOWN + " against " + Dates.Known.LANGUAGES);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de    | 21._März 2025",
        "de-AT | 21._März 2025",
        "fr    | 21_mars 2025",
        "uk    | 21_березня 2025_р.",
        "en    | 21_March 2025",
        "en-GB | 21_March 2025",
        "en-US | March_21, 2025",
        "pl    | 21_marca 2025",
        "es    | 21_de_marzo de 2025",
        "it    | 21_marzo 2025",
        "lt    | 2025 m. kovo_21_d.",
      })
  void datesComeFromCldrWithDayAndMonthKeptTogether(String tag, String expected) {
    assertEquals(expected.replace("_", NBSP), Languages.date(DAY, tag));
  }

  @Test
  void aLanguageTheJdkDoesNotKnowGetsBritishEnglishDates() {
    // CLDR's root locale would give "2025 M03 21".
    assertEquals("21" + NBSP + "March 2025", Languages.date(DAY, "ua"));
    assertEquals("21" + NBSP + "March 2025", Languages.date(DAY, "eng"));
  }

  @Test
  void tagExtensionsLeaveDigitsAndCalendarAlone() {
    assertEquals("21." + NBSP + "März 2025", Languages.date(DAY, "de-u-ca-buddhist-nu-arab"));
  }

  @Test
  void noBreakSpacesGoBetweenDayAndMonthAndBeforeAClosingAbbreviation() {
    assertEquals("d\u00A0'de'\u00A0MMMM 'de' y", Dates.noBreak("d 'de' MMMM 'de' y"));
    assertEquals("MMMM\u00A0d, y", Dates.noBreak("MMMM d, y"));
    assertEquals("d MMMM y\u00A0'р'.", Dates.noBreak("d MMMM y 'р'.").replaceFirst(NBSP, " "));
    assertEquals("y. 'gada' d.\u00A0MMMM", Dates.noBreak("y. 'gada' d. MMMM"));
  }

  @Test
  void everyBuiltInLanguageHasEveryLabel() {
    assertTrue(Languages.builtIn().containsAll(List.of("en", "uk", "de", "fr", "es", "it", "pl")));
    for (String language : Languages.builtIn()) {
      for (String key : Languages.LABEL_KEYS) {
        String label = Languages.label(language, key);
        assertFalse(label == null || label.isBlank(), language + " has no " + key);
        assertTrue(
            Character.isUpperCase(label.codePointAt(0)) || label.startsWith("{subject}"),
            language + "." + key + " opens in lower case: " + label);
      }
      assertTrue(
          Languages.label(language, "implications").contains("{subject}"),
          language + " implications heading does not name the subject");
      if (!language.equals("en")) {
        assertNotEquals(
            Languages.label("en", "proposals"),
            Languages.label(language, "proposals"),
            language + " is English");
      }
    }
  }

  @Test
  void labelsFollowThePrimarySubtagAndFallBackToEnglish() {
    assertEquals("Fazit", Languages.label("de-CH", "conclusion"));
    assertEquals("Conclusion", Languages.label("nl", "conclusion"));
    assertTrue(Languages.hasLabels("PL-pl"));
    assertFalse(Languages.hasLabels("nl"));
  }

  @Test
  void theQuoteTableCoversTheEuLanguagesAndMore() {
    assertTrue(
        Languages.quoteLanguages().containsAll(REQUIRED),
        "missing: "
            + REQUIRED.stream().filter(l -> !Languages.quoteLanguages().contains(l)).toList());
    for (String language : Languages.quoteLanguages()) {
      QuoteMarks marks = Languages.quotes(language);
      for (String mark :
          List.of(marks.open(), marks.close(), marks.innerOpen(), marks.innerClose())) {
        assertEquals(1, mark.length(), language);
        assertFalse(mark.equals("\"") || mark.equals("'"), language + " has a straight mark");
      }
    }
  }

  @Test
  void quoteMarksFollowTheConventions() {
    assertEquals(new QuoteMarks("„", "“", "‚", "‘", ""), Languages.quotes("de-AT"));
    assertEquals(new QuoteMarks("«", "»", "‹", "›", "\u202F"), Languages.quotes("fr"));
    assertEquals("«\u202Ftexte\u202F»", Languages.quotes("fr-CA").quoted("texte"));
    assertEquals(new QuoteMarks("„", "”", "»", "«", ""), Languages.quotes("pl"));
    assertEquals(new QuoteMarks("”", "”", "’", "’", ""), Languages.quotes("fi"));
    assertEquals(new QuoteMarks("«", "»", "„", "“", ""), Languages.quotes("uk"));
    // European Portuguese is the EU's; Brazilian has its own entry.
    assertEquals("«", Languages.quotes("pt").open());
    assertEquals("“", Languages.quotes("pt-BR").open());
    assertEquals(Languages.quotes("en"), Languages.quotes("xx"));
  }

  @Test
  void theDocsNameTheBuiltInLanguages() throws IOException {
    String row =
        Files.readAllLines(Path.of("README.md")).stream()
            .filter(line -> line.startsWith("| `unsupported-lang`"))
            .findFirst()
            .orElseThrow();
    String named = "(built in: `" + String.join("`, `", Languages.builtIn()) + "`)";
    assertTrue(row.contains(named), "README's unsupported-lang row should say " + named);
    String schema = Files.readString(Path.of("src/main/resources/dev/brief/brief.schema.json"));
    String listed = "headings are built in for " + String.join(", ", Languages.builtIn()) + ",";
    assertTrue(schema.contains(listed), "the schema's lang should say " + listed);
  }
}
