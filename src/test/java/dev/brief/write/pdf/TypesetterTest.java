package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.layout.Layout;
import dev.brief.model.Brief;
import dev.brief.theme.Role;
import dev.brief.theme.Theme;
import dev.brief.typography.Typography;
import dev.brief.write.Fixture;
import dev.brief.write.Memo;
import dev.brief.write.MissingGlyph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

class TypesetterTest {
  private static final Typesetter TYPESETTER = new Typesetter(new PdfOptions("brief test"));
  private static final Theme THEME = Theme.defaultTheme();

  private static byte[] render(Brief brief, String markdown) {
    return TYPESETTER.write(Fixture.memo(brief, markdown)).bytes();
  }

  @Test
  void aNoBreakSpaceKeepsACitationAndAUnitOnTheLine() throws Exception {
    String paragraph = "Posts cut [1] and 3 bn more. ".repeat(60);
    for (boolean typeset : new boolean[] {false, true}) {
      String md = "# T\n\n" + paragraph + "\n";
      String text = Pdfs.text(render(Fixture.english(), typeset ? Typography.apply(md, "en") : md));
      boolean stranded = text.lines().anyMatch(l -> l.startsWith("[1]") || l.startsWith("bn"));
      // Without the pass some line starts with them, so the check itself can fail.
      assertEquals(!typeset, stranded, text);
    }
  }

  @Test
  void everyPieceOfTextComesBackInReadingOrder() throws Exception {
    Brief brief = Fixture.english();
    String text = Pdfs.text(render(brief, Fixture.markdown(brief, 1))).replaceAll("\\s+", " ");
    List<String> expected =
        List.of(
            "US position: not a withdrawal, but a redistribution",
            "15 February 2025 · Policy Analysis Unit · INTERNAL",
            "What counts in high diplomacy is what governments do, not how loudly they speak.",
            "“We are not leaving NATO. We are not going away.”",
            "— Marco Rubio, US Senator",
            "What is being proposed",
            "Rubio set out a shift of roles inside the Alliance",
            "“We are not asking Europe to be a vassal",
            "Facts to note",
            "Two NATO command posts, Naples and Norfolk",
            "What this means for Ukraine",
            "Positive: A stronger European defence",
            "Risks: Handing over responsibilities demands coordination.",
            "Conclusion",
            "The transatlantic alliance is being reformed, not dismantled.",
            "Sources",
            "1. Reuters, 15 February 2025, https://www.reuters.com/",
            "2. The Washington Post, a very long link");
    Pdfs.assertInOrder(text, expected);
  }

  @Test
  void aNoBreakSpaceKeepsDayAndMonthOnOneLine() throws Exception {
    // Dates come from the language table with U+00A0 between day and month; words of growing
    // length put the date at every place in the line, so some lines must wrap around it.
    StringBuilder paragraph = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      paragraph.append("w".repeat(i % 9 + 1)).append(" 21.\u00A0September 2025 ");
    }
    String markdown = "# Dates\n\n" + paragraph.toString().strip() + "\n";
    List<String> lines = List.of(Pdfs.text(render(Fixture.english(), markdown)).split("\n"));
    assertTrue(lines.size() > 10, "the paragraph did not wrap: " + lines);
    for (String line : lines) {
      assertFalse(line.strip().endsWith("21.") || line.strip().startsWith("September"), line);
    }
  }

  @Test
  void everyFontIsEmbedded() throws Exception {
    Brief brief = Fixture.english();
    List<PDFont> fonts = Pdfs.fonts(render(brief, Fixture.markdown(brief, 1) + "\n✓ → done\n"));
    assertFalse(fonts.isEmpty());
    for (PDFont font : fonts) {
      assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
    }
  }

  @Test
  void everySubsetHasItsOwnTag() throws Exception {
    // PDF 9.6.4: ABCDEF+Name, six capitals, different for every subset of the file.
    Brief brief = Fixture.english();
    String markdown = Fixture.markdown(brief, 1) + "\n✓ → *done* **now** `code`\n";
    // PDFBox lists a font once for each place that uses it.
    List<String> names =
        Pdfs.fonts(render(brief, markdown)).stream().map(PDFont::getName).distinct().toList();
    assertTrue(names.size() >= 7, names.toString());
    java.util.Set<String> tags = new java.util.HashSet<>();
    for (String name : names) {
      assertTrue(name.matches("[A-Z]{6}\\+.+"), name);
      assertTrue(tags.add(name.substring(0, 6)), "tag used twice: " + names);
    }
  }

  @Test
  void longMemoNumbersEveryPageOfTheTotal() throws Exception {
    Brief brief = Fixture.english();
    List<String> pages = Pdfs.pages(render(brief, Fixture.markdown(brief, 8)));
    assertTrue(pages.size() >= 3, "only " + pages.size() + " pages");
    for (int i = 0; i < pages.size(); i++) {
      String label = "Page " + (i + 1) + " of " + pages.size();
      assertTrue(pages.get(i).contains(label), label + " missing on:\n" + pages.get(i));
      assertTrue(pages.get(i).contains("INTERNAL"), "classification missing");
    }
  }

  @Test
  void noPageEndsWithAHeading() throws Exception {
    Brief brief = Fixture.english();
    for (int sections = 3; sections <= 9; sections++) {
      List<String> pages = Pdfs.pages(render(brief, Fixture.markdown(brief, sections)));
      for (int i = 0; i < pages.size() - 1; i++) {
        List<String> lines = new ArrayList<>(List.of(pages.get(i).strip().split("\n")));
        lines.removeIf(l -> l.startsWith("INTERNAL") || l.startsWith("Page "));
        String last = lines.get(lines.size() - 1).strip();
        assertFalse(
            last.matches("(What|Facts|Conclusion|Sources).*"),
            "page " + (i + 1) + " of " + sections + " sections ends with heading '" + last + "'");
      }
    }
  }

  @Test
  void shortParagraphsAreNeverSplitAcrossPages() throws Exception {
    Brief brief = Fixture.english();
    // Three-line paragraphs, numbered, with the filler shifted so breaks fall at every offset.
    for (int shift = 0; shift < 6; shift++) {
      StringBuilder md = new StringBuilder("# Title\n\nmeta\n\nlede\n\n");
      md.append("Short opener.\n\n".repeat(shift));
      for (int i = 0; i < 40; i++) {
        md.append("Paragraph ").append(i).append(" begins. ").append(Fixture.LOREM, 0, 180);
        md.append(" Paragraph ").append(i).append(" ends.\n\n");
      }
      List<String> pages = Pdfs.pages(render(brief, md.toString()));
      for (int i = 0; i < 40; i++) {
        String begins = "Paragraph " + i + " begins.";
        String ends = "Paragraph " + i + " ends.";
        boolean together =
            pages.stream()
                .map(p -> p.replaceAll("\\s+", " "))
                .anyMatch(p -> p.contains(begins) && p.contains(ends));
        assertTrue(together, "paragraph " + i + " split across pages (shift " + shift + ")");
      }
    }
  }

  @Test
  void aLeadInStaysWithTheListItIntroducesAndAHeadingWithBoth() throws Exception {
    Brief brief = Fixture.english();
    for (int filler = 0; filler < 40; filler++) {
      String md =
          "# Title\n\nmeta\n\nlede\n\n"
              + "Filler line.\n\n".repeat(filler)
              + "## What this means\n\n**Positive:**\n\n- First point.\n- Second point.\n\n"
              + "A paragraph between.\n\n**Risks:**\n\n- Third point.\n- Fourth point.\n";
      List<String> pages = Pdfs.pages(render(brief, md));
      for (int i = 0; i < pages.size() - 1; i++) {
        List<String> lines = new ArrayList<>(List.of(pages.get(i).strip().split("\n")));
        lines.removeIf(l -> l.startsWith("INTERNAL") || l.startsWith("Page "));
        String last = lines.get(lines.size() - 1).strip();
        assertFalse(
            List.of("Positive:", "Risks:", "What this means", "• First point.", "• Third point.")
                .contains(last),
            "page " + (i + 1) + " ends with '" + last + "' after " + filler + " fillers");
      }
    }
  }

  @Test
  void aLongTitleIsShortenedInTheHeaderButNotInTheMemo() throws Exception {
    String title =
        "A very long title that goes on and on about the redistribution of burdens"
            + " among the transatlantic partners and what it means for everyone involved";
    Brief brief = Fixture.brief(title, "en", "Summary.", "Quote");
    byte[] pdf = render(brief, "# " + title + "\n\nmeta\n\nbody\n");
    float[] right = Pdfs.rightmostGlyph(pdf);
    assertTrue(right[0] <= right[1] - THEME.page().right() + 1, "text reaches x=" + right[0]);
    String text = Pdfs.text(pdf);
    assertTrue(text.contains("INTERNAL A very long title that goes on and on about the"), text);
    assertTrue(text.contains("…"), text);
    assertTrue(text.replaceAll("\\s+", " ").contains(title), text);
  }

  @Test
  void placeholdersTypedInTheBriefArePrintedAsTyped() throws Exception {
    String title = "Why {pages} and {classification} matter";
    Brief brief = Fixture.brief(title, "en", "Summary.", "Quote");
    String text = Pdfs.text(render(brief, "# T\n\nmeta\n\nbody\n"));
    assertTrue(text.contains("INTERNAL " + title), text);
  }

  @Test
  void theClassificationIsNeverShortenedInTheHeaderTheTitleGivesWay() throws Exception {
    String classification = "CONFIDENTIAL — NOT FOR DISTRIBUTION OUTSIDE THE MINISTRY OF DEFENCE";
    Brief brief = Fixture.withClassification(Fixture.english(), classification);
    String page = Pdfs.pages(render(brief, "# T\n\nmeta\n\nbody\n")).get(0);
    // Header and footer both carry the marking whole; the header's title gives way instead.
    assertEquals(2, page.split(java.util.regex.Pattern.quote(classification), -1).length - 1, page);
    assertTrue(page.contains("…"), "the title is shortened: " + page);
  }

  @Test
  void longHeaderSlotsShareTheLineWithoutOverlapping() throws Exception {
    String title = "A very long title about the redistribution of burdens among the partners";
    String classification = "OFFICIAL-SENSITIVE: NOT FOR DISTRIBUTION BEYOND THE DEPARTMENT";
    Brief brief =
        Fixture.withClassification(Fixture.brief(title, "en", "Summary.", "Quote"), classification);
    byte[] pdf = render(brief, "# T\n\nmeta\n\nbody\n");
    List<float[]> header = new ArrayList<>(Pdfs.glyphsAbove(pdf, THEME.page().top()));
    header.sort((a, b) -> Float.compare(a[0], b[0]));
    assertTrue(header.size() > 40, "header has " + header.size() + " glyphs");
    for (int i = 1; i < header.size(); i++) {
      assertTrue(
          header.get(i)[0] >= header.get(i - 1)[1] - 0.5f,
          "header glyphs overlap at x=" + header.get(i)[0] + ": " + Pdfs.text(pdf));
    }
  }

  @Test
  void outlineHasAnEntryPerSection() throws Exception {
    Brief brief = Fixture.english();
    try (PDDocument doc = Loader.loadPDF(render(brief, Fixture.markdown(brief, 1)))) {
      List<String> titles = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        titles.add(item.getTitle());
      }
      assertEquals(
          List.of(
              "What is being proposed",
              "Facts to note",
              "What this means for Ukraine",
              "Conclusion",
              "Sources"),
          titles);
    }
  }

  @Test
  void aSecondTitleInACustomTemplateIsASectionNotANewOpening() throws Exception {
    Brief brief = Fixture.english();
    String md = "# Title\n\nMeta line\n\nLede text\n\n# Annex\n\nBody after annex\n";
    byte[] pdf = render(brief, md);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> titles = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        titles.add(item.getTitle());
      }
      assertEquals(List.of("Annex"), titles);
    }
    assertEquals(Pdfs.fontSizeOf(pdf, "Lede text"), THEME.style(Role.LEDE).size(), 0.01);
    assertEquals(Pdfs.fontSizeOf(pdf, "Body after annex"), THEME.style(Role.BODY).size(), 0.01);
  }

  @Test
  void everyParagraphOfTheLedeIsSetAsTheLede() throws Exception {
    String md = "# Title\n\nMeta line\n\nLede one\n\nLede two\n\n> Quote\n\nBody after\n";
    byte[] pdf = render(Fixture.english(), md);
    assertEquals(Pdfs.fontSizeOf(pdf, "Lede one"), THEME.style(Role.LEDE).size(), 0.01);
    assertEquals(Pdfs.fontSizeOf(pdf, "Lede two"), THEME.style(Role.LEDE).size(), 0.01);
    assertEquals(Pdfs.fontSizeOf(pdf, "Body after"), THEME.style(Role.BODY).size(), 0.01);
  }

  @Test
  void aPullQuoteBarReachesBesideAListThatEndsTheQuote() throws Exception {
    // A template's quote may hold a list: its items stand inside the bar, and the bar beside them.
    assertBarReachesTheLastLine("> The minister said:\n>\n> 1. first\n> 2. second\n");
    // Likewise a quote inside it: one unbroken bar beside both.
    assertBarReachesTheLastLine("> The minister said:\n>\n> > in the second\n");
  }

  private static void assertBarReachesTheLastLine(String markdown) throws Exception {
    byte[] pdf = render(Fixture.english(), markdown);
    float pageHeight;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      pageHeight = doc.getPage(0).getMediaBox().getHeight();
    }
    float lastBaseline = Float.MAX_VALUE;
    for (var glyph : Pdfs.glyphs(pdf, cp -> cp == 'n')) { // "second", the lowest line with an n
      lastBaseline = Math.min(lastBaseline, pageHeight - glyph.getYDirAdj());
    }
    float barBottom = Float.MAX_VALUE;
    for (float[] bar : Pdfs.rectangles(pdf)) {
      if (Math.abs(bar[0] - THEME.page().left()) < 0.5f) {
        barBottom = Math.min(barBottom, bar[1]);
      }
    }
    assertTrue(barBottom <= lastBaseline, "bar ends at " + barBottom + ", above " + lastBaseline);
    // and without a gap: each piece reaches up to the one above it
    List<float[]> bars = new ArrayList<>();
    for (float[] bar : Pdfs.rectangles(pdf)) {
      if (Math.abs(bar[0] - THEME.page().left()) < 0.5f) {
        bars.add(bar);
      }
    }
    bars.sort((a, b) -> Float.compare(b[1], a[1]));
    for (int i = 1; i < bars.size(); i++) {
      assertTrue(
          bars.get(i)[1] + bars.get(i)[3] >= bars.get(i - 1)[1] - 0.5f,
          "a gap in the bar above " + bars.get(i)[1] + " in " + markdown);
    }
  }

  @Test
  void metadataNamesTheMemo() throws Exception {
    Brief brief = Fixture.english();
    try (PDDocument doc = Loader.loadPDF(render(brief, Fixture.markdown(brief, 1)))) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertEquals(brief.title(), info.getTitle());
      assertEquals("Policy Analysis Unit", info.getAuthor());
      assertEquals("Ukraine", info.getSubject());
      assertEquals("Ukraine, INTERNAL, Reuters", info.getKeywords());
      assertEquals("brief test", info.getCreator());
      assertEquals(Fixture.TIMESTAMP.toEpochMilli(), info.getCreationDate().getTimeInMillis());
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void sameInputGivesSameBytesInAnyTimeZoneOrLocale() {
    Brief brief = Fixture.english();
    String markdown = Fixture.markdown(brief, 2);
    byte[] first = render(brief, markdown);
    assertArrayEquals(first, render(brief, markdown));
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertArrayEquals(first, render(brief, markdown));
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void xrefOffsetsStayAsciiInLocalesWithTheirOwnDigits() {
    Brief brief = Fixture.english();
    String markdown = Fixture.markdown(brief, 1);
    byte[] expected = render(brief, markdown);
    Locale locale = Locale.getDefault();
    try {
      // Persian, Bengali, Marathi, Burmese and Dzongkha format numbers with their own digits.
      for (String tag : List.of("fa-IR", "bn-BD", "mr-IN", "my-MM", "dz-BT")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertArrayEquals(expected, render(brief, markdown), tag);
      }
    } finally {
      Locale.setDefault(locale);
    }
  }

  @Test
  void parallelRendersShareFontsAndGiveTheSameBytes() throws Exception {
    Brief brief = Fixture.english();
    String markdown = Fixture.markdown(brief, 2);
    byte[] expected = render(brief, markdown);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> render(brief, markdown)));
      }
      for (java.util.concurrent.Future<byte[]> result : results) {
        assertArrayEquals(expected, result.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void fileIdIsDerivedFromTheContent() throws Exception {
    Brief brief = Fixture.english();
    byte[] a = render(brief, Fixture.markdown(brief, 1));
    byte[] b = render(brief, Fixture.markdown(brief, 2));
    try (PDDocument da = Loader.loadPDF(a);
        PDDocument db = Loader.loadPDF(b)) {
      String idA = da.getDocument().getDocumentID().toString();
      String idB = db.getDocument().getDocumentID().toString();
      assertFalse(idA.equals(idB), "different memos share the file id " + idA);
      assertFalse(
          new String(a, java.nio.charset.StandardCharsets.ISO_8859_1).contains("brief-file-id"),
          "placeholder left in the file");
    }
  }

  @Test
  void cyrillicAndGreekComeBackIntact() throws Exception {
    String uk = "Позиція США: не вихід, а перерозподіл. Ґрунт, їжак, є, ї";
    String greek = "Η Ελλάδα και το ΝΑΤΟ: αλφάβητο ΑΒΓΔ";
    Brief brief = Fixture.brief(uk, "uk", greek, "Ми не виходимо з НАТО");
    String markdown =
        "# "
            + uk
            + "\n\n15 лютого 2025\n\n"
            + greek
            + "\n\n> «Ми не виходимо з НАТО»\n>\n> — Марко Рубіо, сенатор США\n\n## Висновок\n\nКінець.\n";
    byte[] pdf = render(brief, markdown);
    String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
    for (String piece :
        List.of(
            uk, greek, "«Ми не виходимо з НАТО»", "— Марко Рубіо, сенатор США", "Сторінка 1 з 1")) {
      assertTrue(text.contains(piece), "missing '" + piece + "' in:\n" + text);
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals("uk", doc.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void symbolsMissingFromLiberationFallBackToDejaVu() throws Exception {
    Brief brief = Fixture.english();
    String text = Pdfs.text(render(brief, "# Title\n\nmeta\n\nDone ✓ → next ⚖ balance\n"));
    assertTrue(text.contains("Done ✓ → next ⚖ balance"), text);
  }

  @Test
  void longUrlsWrapInsideTheMargins() throws Exception {
    Brief brief = Fixture.english();
    String url = "https://example.org/" + "very-long-path-segment/".repeat(12) + "end";
    byte[] pdf = render(brief, "# T\n\nm\n\n1. Source, <" + url + ">\n2. Bare " + url + "x\n");
    float[] right = Pdfs.rightmostGlyph(pdf);
    float margin = THEME.page().right();
    assertTrue(right[0] <= right[1] - margin + 1, "text reaches x=" + right[0]);
    assertTrue(Pdfs.text(pdf).replaceAll("\\s+", "").contains(url), "url text lost");
  }

  /** Each line that ends inside a URL ends after a slash or before a query part, never earlier. */
  @Test
  void urlsBreakOnlyAfterSlashesOrBeforeQueryParts() throws Exception {
    String url =
        "https://www.example-organisation.org/publications/policy-briefs/2025/"
            + "european-defence-readiness-assessment?edition=second&lang=en#summary";
    StringBuilder md = new StringBuilder("# T\n\nm\n\n");
    for (int lead = 0; lead < 40; lead += 3) { // the URL starts at many places of a line
      md.append("Word ".repeat(lead)).append("see ").append(url).append(" after.\n\n");
    }
    String text = Pdfs.text(render(Fixture.english(), md.toString()));
    int broken = 0;
    for (String line : text.split("\n")) {
      int at = line.indexOf("https:");
      if (at >= 0 && !line.contains(" after.")) {
        broken++;
        String end = line.substring(at).strip();
        assertTrue(url.startsWith(end), line);
        char next = url.charAt(end.length());
        assertTrue(end.endsWith("/") || "?&=#".indexOf(next) >= 0, "broken at: " + end);
        assertFalse(end.endsWith("://") || end.endsWith("www."), "broken at: " + end);
      }
    }
    assertTrue(broken >= 5, "few lines broke inside the URL: " + broken + "\n" + text);
  }

  private static final String LINKED =
      "# T\n\nm\n\nRead [the report](https://example.org/report) and [write to us](mailto:desk@example.org);"
          + " [the report again](https://example.org/report), <https://example.org/bare>.\n\n"
          + "1. Source, [https://www.example.org/](https://www.example.org/)\n";

  @Test
  void aLinksAddressIsPrintedAfterItsTextUnlessTheTextIsTheAddress() throws Exception {
    String text = Pdfs.text(render(Fixture.english(), LINKED)).replaceAll("\\s+", " ");
    assertTrue(
        text.contains(
            "Read the report (https://example.org/report) and write to us (desk@example.org);"
                + " the report again (https://example.org/report), https://example.org/bare."),
        text);
    assertTrue(text.contains("1. Source, https://www.example.org/"), text);
    assertFalse(text.contains("(https://www.example.org/)"), text);
  }

  @Test
  void aThemeCanPrintLinkAddressesAsNumberedNotesAtTheEnd() throws Exception {
    Theme d = THEME;
    Theme notes =
        new Theme(
            d.page(),
            d.fallback(),
            d.styles(),
            d.quote(),
            d.linkColor(),
            d.ruleColor(),
            d.header(),
            d.footer(),
            d.pageOf(),
            d.smartPunctuation(),
            d.fontFiles(),
            Theme.LinkUrls.NOTES,
            d.pdfStandards());
    byte[] pdf =
        TYPESETTER
            .write(new Memo(Fixture.english(), LINKED, Layout.of(LINKED), notes, Fixture.TIMESTAMP))
            .bytes();
    assertEquals(java.util.List.of(), VeraPdf.failures(pdf, "ua1"), "notes are tagged");
    String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
    // The same address keeps its number; the notes close the memo, in reading order.
    assertTrue(
        text.contains(
            "Read the report1 and write to us2; the report again1, https://example.org/bare."),
        text);
    assertTrue(
        text.contains(
            "1. Source, https://www.example.org/ 1. https://example.org/report"
                + " 2. desk@example.org INTERNAL"),
        text);
  }

  @Test
  void codeHtmlAndQuotesInsideAListItemKeepTheirText() throws Exception {
    Brief brief = Fixture.english();
    String markdown =
        "# T\n\nm\n\nl\n\n- item one\n\n  ```\n  code in item\n  ```\n\n"
            + "  <div>html in item</div>\n\n  > para A\n  >\n  > para B\n\n- item two\n";
    String text = Pdfs.text(render(brief, markdown)).replaceAll("\\s+", " ");
    for (String piece :
        List.of("• item one code in item <div>html in item</div> para A para B • item two")) {
      assertTrue(text.contains(piece), "missing '" + piece + "' in:\n" + text);
    }
  }

  @Test
  void everyFamilyAThemeMayNameCanBeEmbedded() {
    assertEquals(java.util.Set.copyOf(Theme.FAMILIES), Fonts.families());
  }

  @Test
  void charactersNoFontHasAreReportedWithTheirField() {
    Brief brief = Fixture.brief("Title", "en", "Fine text 中", "We are off 🚀 now");
    List<MissingGlyph> missing = TYPESETTER.missingGlyphs(brief, THEME);
    assertEquals(2, missing.size(), missing.toString());
    assertEquals("position.summary", missing.get(0).fieldPath());
    assertEquals("U+4E2D", missing.get(0).codePointLabel());
    assertEquals("position.quotes[0].text", missing.get(1).fieldPath());
    assertEquals(0x1F680, missing.get(1).codePoint());
    assertEquals("U+1F680", missing.get(1).codePointLabel());
    assertTrue(TYPESETTER.missingGlyphs(Fixture.english(), THEME).isEmpty());
  }

  @Test
  void aCharacterOnlyTheRegularFaceHasIsReportedWhereTheTextIsBold() throws Exception {
    // DejaVu Sans has the mathematical sans-serif letters; DejaVu Sans Bold does not.
    String styled = "Vote \uD835\uDDBA";
    Brief brief = Fixture.brief(styled, "en", "A **" + styled + "** summary", "Quote");
    assertTrue(Pdfs.text(render(brief, "# " + styled + "\n")).contains("Vote \uFFFD"));
    List<MissingGlyph> missing = TYPESETTER.missingGlyphs(brief, THEME);
    assertEquals(
        List.of("title", "position.summary"),
        missing.stream().map(MissingGlyph::fieldPath).toList(),
        missing.toString());
    assertTrue(missing.stream().allMatch(m -> m.codePoint() == 0x1D5BA), missing.toString());
  }

  @Test
  void aMissingCharacterIsDrawnAsAReplacementMarkNotDropped() throws Exception {
    Brief brief = Fixture.english();
    String text = Pdfs.text(render(brief, "# T\n\nm\n\nhappy 🚀 end\n"));
    assertTrue(text.contains("happy \uFFFD end"), text);
  }
}
