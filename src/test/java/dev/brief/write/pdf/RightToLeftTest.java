package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfWriter;
import dev.brief.model.Brief;
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

  @Test
  void aParagraphTakesItsDirectionFromItsFirstStrongCharacter() {
    assertEquals(PdfWriter.RUN_DIRECTION_NO_BIDI, Column.direction("Plain text, 2025."));
    assertEquals(PdfWriter.RUN_DIRECTION_LTR, Column.direction("He said “שלום” today"));
    assertEquals(PdfWriter.RUN_DIRECTION_RTL, Column.direction("“שלום” he said"));
    assertEquals(PdfWriter.RUN_DIRECTION_RTL, Column.direction("2025 قال الوزير"));
  }
}
