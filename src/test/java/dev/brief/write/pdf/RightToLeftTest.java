package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfWriter;
import dev.brief.model.Brief;
import dev.brief.theme.Theme;
import dev.brief.write.Fixture;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Arabic and Hebrew in the PDF: bidirectional order, joined letters, logical extraction order. */
class RightToLeftTest {
  private static final Typesetter TYPESETTER = new Typesetter(new PdfOptions("brief test"));

  private static final String MEMO =
      // Each quote within one line: PDFBox reorders every extracted line on its own, so a run that
      // wraps would come back out of order even though it is drawn right.
      "The minister told the press “نحن لا نغادر الحلف” and left.\n\n"
          + "The cabinet said “אנחנו נשארים כאן” before the vote.\n\n"
          + "قال الوزير إن الحلف باق وإن الأدوار ستوزع من جديد في عام 2025.\n";

  private static byte[] render(String markdown) {
    Brief brief = Fixture.english();
    return TYPESETTER.write(Fixture.memo(brief, markdown)).bytes();
  }

  @Test
  void rightToLeftWordsComeBackInLogicalOrderInPlace() throws IOException {
    String text = Pdfs.text(render(MEMO)).replaceAll("\\s+", " ");
    List<String> inOrder =
        List.of(
            "The minister told the press “نحن لا نغادر الحلف” and left.",
            "The cabinet said “אנחנו נשארים כאן” before the vote.",
            "قال الوزير إن الحلف باق");
    Pdfs.assertInOrder(text, inOrder);
  }

  @Test
  void arabicLettersAreDrawnInTheirJoinedForms() throws IOException {
    List<TextPosition> arabic =
        Pdfs.glyphs(
            render(MEMO), cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    Set<Integer> noonGlyphs = new TreeSet<>();
    Set<String> noonForms = new TreeSet<>();
    for (TextPosition p : arabic) {
      String letter = p.getUnicode();
      // Every Arabic letter is a presentation form, chosen by its neighbours.
      assertTrue(
          letter.codePointAt(0) >= 0xFB50,
          "drawn unjoined: U+" + Integer.toHexString(letter.codePointAt(0)));
      if (Normalizer.normalize(letter, Normalizer.Form.NFKC).equals("\u0646")) {
        noonGlyphs.add(p.getCharacterCodes()[0]);
        noonForms.add(letter);
      }
    }
    // "نحن" and "نغادر": noon at the start of a word (initial form) and at its end (final form).
    assertTrue(noonForms.containsAll(Set.of("\uFEE7", "\uFEE6")), "noon forms: " + noonForms);
    assertTrue(noonGlyphs.size() >= 2, "one glyph for every noon: " + noonGlyphs);
  }

  @Test
  void aRightToLeftParagraphIsSetFlushRight() throws IOException {
    byte[] pdf = render(MEMO);
    List<TextPosition> line = Pdfs.glyphs(pdf, cp -> cp == 'ق' || cp == 0xFED7 || cp == 0xFED8);
    float pageWidth;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      pageWidth = doc.getPage(0).getMediaBox().getWidth();
    }
    float right = 0;
    for (TextPosition p : line) {
      right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
    }
    float margin = pageWidth - right;
    assertEquals(dev.brief.theme.Theme.defaultTheme().page().right(), margin, 1.5f, "right margin");
  }

  /** An Arabic memo: a quote, a list and the sources, each URL after an Arabic name. */
  private static final String ARABIC_MEMO =
      "# موقف الولايات المتحدة\n\n"
          + "ما يهم في الدبلوماسية هو ما تفعله الحكومات.\n\n"
          + "> «لن نغادر حلف الناتو»\n>\n> — ماركو روبيو, سيناتور أمريكي\n\n"
          + "## المصادر\n\n"
          + "1. رويترز, https://www.reuters.com/\n"
          + "2. واشنطن بوست, https://www.washingtonpost.com/\n";

  private static byte[] arabic(String markdown) {
    Brief base = Fixture.english();
    Brief brief = Fixture.brief(base.title(), "ar", base.position().summary(), "quote");
    return TYPESETTER.write(Fixture.memo(brief, markdown)).bytes();
  }

  private static float pageWidth(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getPage(0).getMediaBox().getWidth();
    }
  }

  @Test
  void aRightToLeftMemoDrawsTheQuoteBarOnTheRight() throws IOException {
    Theme theme = Theme.defaultTheme();
    byte[] pdf = arabic(ARABIC_MEMO);
    List<float[]> bars = Pdfs.rectangles(pdf); // a piece beside each line of the quote
    assertFalse(bars.isEmpty(), "a bar");
    float right = pageWidth(pdf) - theme.page().right();
    for (float[] bar : bars) {
      assertEquals(right - theme.quote().barWidth(), bar[0], 0.5f, "bar at the right margin");
    }
    // the quote's text stands left of the bar, indented from it
    float textRight = 0;
    for (TextPosition p : Pdfs.glyphs(pdf, cp -> cp == '«' || cp == '»')) {
      textRight = Math.max(textRight, p.getXDirAdj() + p.getWidthDirAdj());
    }
    assertEquals(right - theme.quote().indent(), textRight, 1.5f, "quote indented from the right");
    // a left-to-right memo keeps its bar on the left
    byte[] english = render("> “We stay.”\n>\n> — Marco Rubio\n");
    assertEquals(theme.page().left(), Pdfs.rectangles(english).get(0)[0], 0.5f);
  }

  @Test
  void aRightToLeftListItemHangsItsNumberOnTheRight() throws IOException {
    byte[] pdf = arabic(ARABIC_MEMO);
    float right = pageWidth(pdf) - Theme.defaultTheme().page().right();
    // the line of the first source, the first with a "/"
    float y = Pdfs.glyphs(pdf, cp -> cp == '/').get(0).getYDirAdj();
    float numberLeft = Float.MAX_VALUE;
    float numberRight = 0;
    float nameRight = 0;
    for (TextPosition p : Pdfs.glyphs(pdf, cp -> cp == '1' || cp == '.' || cp >= 0xFB50)) {
      if (Math.abs(p.getYDirAdj() - y) >= 1) {
        continue;
      }
      float end = p.getXDirAdj() + p.getWidthDirAdj();
      if (p.getUnicode().codePointAt(0) >= 0xFB50) { // رويترز, its letters joined
        nameRight = Math.max(nameRight, end);
      } else if (p.getXDirAdj() > right - 30) { // the number, not a dot in the URL
        numberLeft = Math.min(numberLeft, p.getXDirAdj());
        numberRight = Math.max(numberRight, end);
      }
    }
    assertTrue(nameRight > 0, "the item's text on the number's line");
    assertTrue(numberLeft > nameRight + 4, numberLeft + " right of the text, " + nameRight);
    assertEquals(right, numberRight, 1.5f, "the number hangs at the right margin");
    float gutter = Theme.defaultTheme().style(dev.brief.theme.Role.LIST).size() * 1.8f;
    assertEquals(right - gutter, nameRight, 1.5f, "the text starts a gutter in");
  }

  @Test
  void anArabicListInAQuoteOfALeftToRightMemoStandsClearOfTheBarOnTheLeft() throws IOException {
    Theme theme = Theme.defaultTheme();
    String item = "البند الأول من القائمة يطول حتى يملأ السطر كله ويلتف إلى سطر ثان ثم ثالث";
    byte[] pdf = render("> قال الوزير ما يلي:\n>\n> 1. " + item + "\n> 2. البند الثاني\n");
    float left = theme.page().left();
    float right = pageWidth(pdf) - theme.page().right();
    float textLeft = Float.MAX_VALUE;
    float numberRight = 0;
    for (TextPosition p : Pdfs.glyphs(pdf, cp -> cp == '1' || cp >= 0xFB50)) {
      textLeft = Math.min(textLeft, p.getXDirAdj());
      if (p.getUnicode().equals("1")) {
        numberRight = Math.max(numberRight, p.getXDirAdj() + p.getWidthDirAdj());
      }
    }
    // Right to left, the list hangs its number at the column's right edge, as its paragraph is
    // flush right there; the quote's indent is on the bar's side, the memo's left.
    assertEquals(right, numberRight, 1.5f, "the number at the right edge");
    assertTrue(
        textLeft >= left + theme.quote().indent() - 0.5f,
        textLeft + ": under the bar, which ends at " + (left + theme.quote().indent()));
  }

  @Test
  void aUrlInARightToLeftLineKeepsItsOrder() throws IOException {
    byte[] pdf = arabic(ARABIC_MEMO);
    String text = Pdfs.text(pdf);
    assertTrue(text.contains("https://www.reuters.com/ ,رويترز"), text);
    assertTrue(text.contains("https://www.washingtonpost.com/ ,واشنطن بوست"), text);
    // the embedding marks are not drawn: no glyph, nothing read back, no replacement mark
    assertEquals(List.of(), Pdfs.glyphs(pdf, cp -> cp >= 0x202A && cp <= 0x202E));
    assertTrue(text.chars().noneMatch(c -> c >= 0x202A && c <= 0x202E || c == 0xFFFD), text);
    Brief base = Fixture.english();
    Brief brief = Fixture.brief(base.title(), "ar", base.position().summary(), "quote");
    assertEquals(Set.of(), TYPESETTER.write(Fixture.memo(brief, ARABIC_MEMO)).replaced());
  }

  @Test
  void aRightToLeftMarkerReadsNumberThenStop() {
    assertEquals(".1", Label.visual("1."));
    assertEquals(".12", Label.visual("12."));
    assertEquals("\u2022", Label.visual("\u2022"));
  }

  @Test
  void aParagraphTakesItsDirectionFromItsFirstStrongCharacter() {
    assertEquals(PdfWriter.RUN_DIRECTION_NO_BIDI, Column.direction("Plain text, 2025."));
    assertEquals(PdfWriter.RUN_DIRECTION_LTR, Column.direction("He said “שלום” today"));
    assertEquals(PdfWriter.RUN_DIRECTION_RTL, Column.direction("“שלום” he said"));
    assertEquals(PdfWriter.RUN_DIRECTION_RTL, Column.direction("2025 قال الوزير"));
  }
}
