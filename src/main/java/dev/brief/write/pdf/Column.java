package dev.brief.write.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.text.Bidi;

/**
 * The page's text column: every block of the memo is set through one {@link ColumnText}, page after
 * page. ColumnText lays a paragraph with right-to-left text out by the Unicode bidirectional
 * algorithm (OpenPDF's BidiLine) and joins Arabic letters (its ArabicLigaturizer), which adding
 * paragraphs to the document does not do.
 */
final class Column {
  private final Document document;
  private final Structure structure;
  private final PdfWriter writer;
  private final Canvas canvas;
  private final ColumnText text;
  private boolean pageTop;

  Column(Document document, PdfWriter writer, Structure structure) {
    this.document = document;
    this.structure = structure;
    this.writer = writer;
    this.canvas = new Canvas(writer);
    this.text = new ColumnText(canvas);
    structure.lineText(canvas::text);
    reset();
  }

  /** The height left for text on this page, in points. */
  float available() {
    return text.getYLine() - document.bottom();
  }

  /** Whether nothing has been set on this page yet. */
  boolean atPageTop() {
    return pageTop;
  }

  void newPage() {
    document.newPage();
    reset();
  }

  /**
   * Sets the element, onto the next pages as far as it needs; a paragraph in its direction. What it
   * sets on each page is marked as its structure element's (one element across pages), the marked
   * content closed before the page ends.
   */
  void add(Element element) throws DocumentException {
    if (element instanceof Paragraph p) {
      direct(p);
    }
    // The first block on a page starts at the top margin, without its space before.
    text.setAdjustFirstLine(pageTop);
    text.addElement(element);
    while (ColumnText.hasMoreText(go(element))) {
      newPage();
    }
    pageTop = false;
  }

  private int go(Element element) throws DocumentException {
    structure.begin(canvas, element);
    try {
      return text.go();
    } finally {
      structure.end(canvas);
      writer.getDirectContent().add(canvas);
      canvas.reset();
    }
  }

  /**
   * Where ColumnText sets a block, copied onto the page when it is done. ColumnText writes the text
   * of its lines into a duplicate of its canvas, added at the end; this canvas keeps that
   * duplicate, so the structure can switch marked content in the middle of a line, as a chunk is
   * reached.
   */
  private static final class Canvas extends PdfContentByte {
    private PdfContentByte lineText;

    Canvas(PdfWriter writer) {
      super(writer);
    }

    @Override
    public PdfContentByte getDuplicate() {
      lineText = super.getDuplicate();
      return lineText;
    }

    /** The content the lines being set are written to. */
    PdfContentByte text() {
      return lineText;
    }
  }

  /**
   * The run direction of a paragraph: no bidirectional processing when it has no right-to-left
   * character (as fast as plain text), else left to right or right to left by its first strong
   * character, as the Unicode bidirectional algorithm decides a paragraph's direction.
   */
  static int direction(String paragraph) {
    char[] chars = paragraph.toCharArray();
    if (!Bidi.requiresBidi(chars, 0, chars.length)) {
      return PdfWriter.RUN_DIRECTION_NO_BIDI;
    }
    return new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()
        ? PdfWriter.RUN_DIRECTION_LTR
        : PdfWriter.RUN_DIRECTION_RTL;
  }

  /**
   * Gives a paragraph its run direction; a right-to-left one is set flush right. ColumnText takes a
   * paragraph's indents as start and end in its own direction: the blocks set them so (a pull
   * quote's on the memo's start side, where its bar is; a list item's on its own start side, where
   * its marker is).
   */
  private static void direct(Paragraph p) {
    int direction = direction(p.getContent());
    p.setRunDirection(direction);
    if (direction == PdfWriter.RUN_DIRECTION_RTL && p.getAlignment() == Element.ALIGN_UNDEFINED) {
      p.setAlignment(Element.ALIGN_LEFT); // the start side: the right, in a right-to-left run
    }
  }

  private void reset() {
    text.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
    pageTop = true;
  }
}
