package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back with PDFBox, for assertions: text, per-page text, fonts, glyph positions. */
final class Pdfs {
  private Pdfs() {}

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  static List<String> pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(doc));
      }
      return pages;
    }
  }

  /** Every font used on any page, including those inside form XObjects (the page footers). */
  static List<PDFont> fonts(byte[] pdf) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        collect(page.getResources(), fonts);
      }
    }
    return fonts;
  }

  private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collect(form.getResources(), fonts);
      }
    }
  }

  /** The left and right edges of each glyph on page 1 whose baseline is above {@code y}. */
  static List<float[]> glyphsAbove(byte[] pdf, float y) throws IOException {
    List<float[]> glyphs = new ArrayList<>();
    for (TextPosition p : glyphs(pdf, cp -> !Character.isWhitespace(cp))) {
      if (p.getYDirAdj() < y) {
        glyphs.add(new float[] {p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj()});
      }
    }
    return glyphs;
  }

  /** Every glyph on page 1 whose first code point passes {@code keep}. */
  static List<TextPosition> glyphs(byte[] pdf, IntPredicate keep) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition p : positions) {
                if (!p.getUnicode().isEmpty() && keep.test(p.getUnicode().codePointAt(0))) {
                  glyphs.add(p);
                }
              }
            }
          };
      stripper.setEndPage(1);
      stripper.getText(doc);
    }
    return glyphs;
  }

  /** Every rectangle drawn on page 1, as its left x, bottom y, width and height in points. */
  static List<float[]> rectangles(byte[] pdf) throws IOException {
    List<float[]> rectangles = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage page = doc.getPage(0);
      new PDFGraphicsStreamEngine(page) {
        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
          float x = (float) Math.min(p0.getX(), p2.getX());
          float y = (float) Math.min(p0.getY(), p2.getY());
          rectangles.add(
              new float[] {
                x,
                y,
                (float) Math.abs(p2.getX() - p0.getX()),
                (float) Math.abs(p2.getY() - p0.getY())
              });
        }

        @Override
        public void drawImage(PDImage image) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void moveTo(float x, float y) {}

        @Override
        public void lineTo(float x, float y) {}

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

        @Override
        public Point2D getCurrentPoint() {
          return new Point2D.Float();
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {}

        @Override
        public void strokePath() {}

        @Override
        public void fillPath(int windingRule) {}

        @Override
        public void fillAndStrokePath(int windingRule) {}

        @Override
        public void shadingFill(COSName shadingName) {}
      }.processPage(page);
    }
    return rectangles;
  }

  /** Fails unless every piece occurs in {@code text}, each after the one before. */
  static void assertInOrder(String text, List<String> pieces) {
    int at = 0;
    for (String piece : pieces) {
      int found = text.indexOf(piece, at);
      assertTrue(found >= 0, "missing or out of order: '" + piece + "' in:\n" + text);
      at = found + piece.length();
    }
  }

  /** The right edge of the rightmost glyph on any page, and the page width, in points. */
  static float[] rightmostGlyph(byte[] pdf) throws IOException {
    float[] result = {0, 0};
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      result[1] = doc.getPage(0).getMediaBox().getWidth();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition p : positions) {
                result[0] = Math.max(result[0], p.getXDirAdj() + p.getWidthDirAdj());
              }
            }
          };
      stripper.getText(doc);
    }
    return result;
  }

  /** The font size of the first character of {@code text} where it is set in the PDF. */
  static float fontSizeOf(byte[] pdf, String text) throws IOException {
    float[] size = {-1};
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String line, List<TextPosition> positions) {
          int at = line.indexOf(text);
          if (at >= 0 && size[0] < 0) {
            size[0] = positions.get(at).getFontSize(); // as set: Tf with an identity text matrix
          }
        }
      }.getText(doc);
    }
    return size[0];
  }

  /**
   * The characters of each full line set in {@code size} points: a line that reaches at least 85%
   * of the text width between the margins, as every line of a paragraph but its last does.
   */
  static List<Integer> fullLines(byte[] pdf, float size, float left, float right)
      throws IOException {
    List<Integer> lengths = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      float width = doc.getPage(0).getMediaBox().getWidth() - left - right;
      new PDFTextStripper() {
        @Override
        protected void writeString(String line, List<TextPosition> positions) {
          if (positions.isEmpty() || Math.abs(positions.get(0).getFontSize() - size) > 0.2) {
            return;
          }
          TextPosition last = positions.get(positions.size() - 1);
          float end = last.getXDirAdj() + last.getWidthDirAdj();
          if (end - left >= 0.85f * width) {
            lengths.add(line.strip().length());
          }
        }
      }.getText(doc);
    }
    return lengths;
  }
}
