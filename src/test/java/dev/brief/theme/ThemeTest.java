package dev.brief.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.language.Languages;
import dev.brief.read.Node;
import dev.brief.read.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThemeTest {
  private static Theme load(String yaml) throws BriefException {
    Node tree = new YamlReader().read("my-theme.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    return Theme.load("my-theme.yaml", tree);
  }

  private static List<String> problems(String yaml) {
    BriefException e = assertThrows(BriefException.class, () -> load(yaml));
    return e.diagnostics().stream().map(Diagnostic::format).toList();
  }

  @Test
  void defaultThemeIsA4WithSerifBody() {
    Theme theme = Theme.defaultTheme();
    assertEquals("A4", theme.page().size());
    assertEquals("Liberation Serif", theme.style(Role.BODY).family());
    assertEquals(List.of("DejaVu Sans"), theme.fallback());
    assertEquals("Page {page} of {pages}", theme.pageOf("en-GB"));
    assertEquals("Сторінка {page} з {pages}", theme.pageOf("uk"));
    assertEquals("Seite {page} von {pages}", theme.pageOf("de-AT"));
    assertEquals("Page {page} of {pages}", theme.pageOf("xx"));
    assertTrue(theme.smartPunctuation());
  }

  @Test
  void defaultThemeSaysPageXOfYInEveryLanguageOfTheQuoteTable() {
    Theme theme = Theme.defaultTheme();
    for (String language : Languages.quoteLanguages()) {
      String pageOf = theme.pageOf(language);
      assertTrue(pageOf.contains("{page}") && pageOf.contains("{pages}"), language + ": " + pageOf);
      assertTrue(language.equals("en") || !pageOf.equals(theme.pageOf("en")), language);
    }
  }

  @Test
  void linkUrlsAreAfterTheTextUnlessTheThemeAsksForNotes() throws Exception {
    assertEquals(Theme.LinkUrls.AFTER_TEXT, Theme.defaultTheme().linkUrls());
    assertEquals(Theme.LinkUrls.NOTES, load("link-urls: notes\n").linkUrls());
    assertEquals(
        List.of(
            "my-theme.yaml:1:12: error: unknown link-urls 'footnotes' (use 'after-text' or"
                + " 'notes') [theme]"),
        problems("link-urls: footnotes\n"));
  }

  @Test
  void userThemeChangesOnlyTheKeysItGives() throws Exception {
    Theme theme =
        load(
            """
        page: {size: Letter, margins: {left: 1in}}
        styles:
          body: {size: 12}
        page-of: {fr: "Page {page} sur {pages}"}
        """);
    Theme base = Theme.defaultTheme();
    assertEquals("Letter", theme.page().size());
    assertEquals(72f, theme.page().left(), 0.001);
    assertEquals(base.page().top(), theme.page().top(), 0.001);
    assertEquals(12f, theme.style(Role.BODY).size(), 0.001);
    assertEquals(base.style(Role.BODY).leading(), theme.style(Role.BODY).leading(), 0.001);
    assertEquals(base.style(Role.TITLE), theme.style(Role.TITLE));
    assertEquals("Page {page} sur {pages}", theme.pageOf("fr"));
  }

  @Test
  void marginsThatLeaveNoRoomForTextAreAnError() {
    assertEquals(
        List.of(
            "my-theme.yaml:1:17: error: the margins leave 0pt of the page's 595pt width for text"
                + " (leave at least 72pt, one inch) [theme]",
            "my-theme.yaml:1:17: error: the margins leave 48pt of the page's 842pt height for"
                + " text (leave at least 72pt, one inch) [theme]"),
        problems("page: {margins: {left: 300mm, top: 140mm, bottom: 140mm}}\n"));
  }

  @Test
  void sizesLeadingAndSpacingOutsideTheirRangesAreAnError() {
    assertEquals(
        List.of(
            "my-theme.yaml:1:24: error: 'size' is 200pt, outside the range 4 to 72pt [theme]",
            "my-theme.yaml:1:56: error: 'leading' is 2000pt for a size of 12pt, outside the range"
                + " 9.6 to 36pt (0.8 to 3 times the size) [theme]",
            "my-theme.yaml:1:75: error: 'space-after' is 500pt, outside the range 0 to 144pt"
                + " [theme]"),
        problems(
            "styles: {title: {size: 200}, body: {size: 12, leading: 2000, space-after: 500}}\n"));
  }

  @Test
  void aLineThatDoesNotFitTheTextAreaIsAnError() {
    assertEquals(
        List.of(
            "my-theme.yaml:2:27: error: a 'title' line takes 348pt with its spacing, more than"
                + " the 102pt of page height the margins leave for text (lower the leading or"
                + " spacing, or the margins) [theme]"),
        problems(
            "page: {margins: {top: 370, bottom: 370}}\n"
                + "styles: {title: {leading: 60, space-before: 144, space-after: 144}}\n"));
  }

  @Test
  void aMarginWithNoRoomForTheHeaderOrFooterIsAnError() throws BriefException {
    // Drawn 14pt outside the text area, they would leave the page: 18pt for an 8pt line is short.
    assertEquals(
        List.of(
            "my-theme.yaml:1:23: error: the top margin of 18pt leaves no room for the header,"
                + " which takes 24pt (raise the margin, lower the header's size, or leave the"
                + " header empty) [theme]",
            "my-theme.yaml:1:35: error: the bottom margin of 20pt leaves no room for the"
                + " footer, which takes 24pt (raise the margin, lower the footer's size, or leave"
                + " the footer empty) [theme]"),
        problems("page: {margins: {top: 18, bottom: 20}}\n"));
    // Without a header, the top margin needs no room for one.
    load(
        "page: {margins: {top: 18}}\n"
            + "header: {left: \"\", center: \"\", right: \"\", rule: false}\n");
  }

  @Test
  void aHeaderTooLargeForTheBuiltInMarginIsAnErrorAtTheUsersSize() {
    // The theme changed only the size: the message points at it, not at the built-in margin.
    assertEquals(
        List.of(
            "my-theme.yaml:2:18: error: the top margin of 76.5pt leaves no room for the header,"
                + " which takes 89pt (raise the margin, lower the header's size, or leave the"
                + " header empty) [theme]"),
        problems("styles:\n  header: {size: 60, leading: 70}\n"));
    // Both set: at the margin, as before.
    assertEquals(
        List.of(
            "my-theme.yaml:1:26: error: the bottom margin of 30pt leaves no room for the footer,"
                + " which takes 89pt (raise the margin, lower the footer's size, or leave the"
                + " footer empty) [theme]"),
        problems("page: {margins: {bottom: 30}}\nstyles:\n  footer: {size: 60, leading: 70}\n"));
  }

  @Test
  void aPageOfWithTooManyLanguagesIsAnError() {
    StringBuilder yaml = new StringBuilder("page-of:\n");
    for (int i = 0; i < 20_000; i++) {
      yaml.append("  l").append(i).append(": \"p {page}\"\n");
    }
    assertEquals(
        List.of(
            "my-theme.yaml:302:3: error: 'page-of' names 20000 languages, more than the 300 a"
                + " theme may give (keep the languages your briefs use) [theme]"),
        problems(yaml.toString()));
  }

  @Test
  void aLongHeaderTextIsAnError() {
    assertEquals(
        List.of(
            "my-theme.yaml:1:16: error: 'left' is 201 characters long, more than the 200 a"
                + " header or footer line holds (shorten it) [theme]"),
        problems("header: {left: " + "x".repeat(201) + "}\n"));
  }

  @Test
  void emptyMappingIsTheDefault() throws Exception {
    assertEquals(Theme.defaultTheme(), load("{}\n"));
  }

  @Test
  void aThemeSetsThePdfStandards() throws Exception {
    assertEquals(Set.of(PdfStandard.UA_1), Theme.defaultTheme().pdfStandards());
    assertEquals(
        Set.of(PdfStandard.UA_1, PdfStandard.A_2B),
        load("pdf-standard: ua-1,a-2b\n").pdfStandards());
  }

  @Test
  void everyBadValueIsReportedWithItsPlace() {
    List<String> problems =
        problems(
            """
        page:
          size: A5
          margins: {top: 2 furlongs}
        styles:
          body: {family: Comic Sans, color: red}
        header: {rule: maybe}
        smart-punctuation: off
        pdf-standard: a-1b,a-2b
        """);
    assertEquals(
        List.of(
            "my-theme.yaml:2:9: error: unknown page size 'A5' (use 'A4' or 'Letter') [theme]",
            "my-theme.yaml:3:18: error: 'top' is not a length: '2 furlongs' (write a number of points"
                + " or add a unit: 20mm, 2cm, 1in, 11pt) [theme]",
            "my-theme.yaml:5:18: error: unknown font family 'Comic Sans' (use one of 'DejaVu Sans',"
                + " 'Liberation Mono', 'Liberation Sans', 'Liberation Serif') [theme]",
            "my-theme.yaml:5:37: error: 'color' is not a colour: 'red' (write it as '#RRGGBB') [theme]",
            "my-theme.yaml:6:16: error: 'rule' must be true or false [theme]",
            "my-theme.yaml:7:20: error: 'smart-punctuation' must be true or false [theme]",
            "my-theme.yaml:8:15: error: pdf-standard: a PDF conforms to one PDF/A level at most,"
                + " not both a-1b and a-2b [theme]"),
        problems);
  }

  @Test
  void unknownKeysSuggestTheClosestOne() {
    assertEquals(
        List.of(
            "my-theme.yaml:2:3: error: unknown theme key 'margin' (did you mean 'margins'?) [theme]",
            "my-theme.yaml:3:1: error: unknown theme key 'colour' [theme]"),
        problems("page:\n  margin: 10mm\ncolour: '#000000'\n"));
  }

  @Test
  void wrongShapesAreReported() {
    assertEquals(
        List.of(
            "my-theme.yaml:1:7: error: 'page' must be a mapping of keys to values" + " [theme]",
            "my-theme.yaml:2:11: error: 'fallback' must be a list [theme]"),
        problems("page: big\nfallback: DejaVu Sans\n"));
  }

  @Test
  void aThemeThatIsNotAMappingIsReported() {
    assertEquals(
        List.of("my-theme.yaml:1:1: error: a theme must be a mapping of keys to values [theme]"),
        problems("- A4\n"));
  }
}
