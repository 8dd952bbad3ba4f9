package dev.brief.typeset;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;

/**
 * Walks the top level of the Markdown document and adds each block to the PDF. Knows the memo's
 * shape: the first paragraph after the title is the date/author line, the next one the lede; a
 * heading moves to the next page rather than end one.
 */
final class MemoWriter {
  /** Lines of the following block that must fit under a heading on the same page. */
  private static final int KEEP_LINES = 3;

  private final RenderContext context;
  private final Blocks blocks;
  private final Document document;
  private final PdfWriter writer;
  private int headings;

  MemoWriter(RenderContext context, Document document, PdfWriter writer) {
    this.context = context;
    this.blocks = new Blocks(context);
    this.document = document;
    this.writer = writer;
  }

  /** Adds every block; returns the outline titles, indexed by the generic tag of each heading. */
  java.util.List<String> write(Node markdown) throws DocumentException {
    java.util.List<String> outline = new java.util.ArrayList<>();
    int sinceTitle = -1;
    boolean added = false;
    for (Node node = markdown.getFirstChild(); node != null; node = node.getNext()) {
      Element element;
      if (node instanceof Heading h && h.getLevel() == 1) {
        element = blocks.paragraph(h, Role.TITLE, null);
        sinceTitle = 0;
      } else if (node instanceof Heading h) {
        String tag = "h" + outline.size();
        outline.add(Blocks.plainText(h));
        element = blocks.paragraph(h, Role.HEADING, tag);
        keepWithNext((Paragraph) element, context.theme().style(Role.HEADING));
        headings++;
      } else if (node instanceof org.commonmark.node.Paragraph p && sinceTitle == 0) {
        element = blocks.paragraph(p, Role.META, null);
        sinceTitle++;
      } else if (node instanceof org.commonmark.node.Paragraph p && sinceTitle == 1) {
        element = blocks.paragraph(p, Role.LEDE, null);
        sinceTitle++;
      } else if (node instanceof ThematicBreak) {
        element = rule();
      } else {
        element = blocks.block(node, node instanceof ListBlock ? Role.LIST : Role.BODY);
        if (node instanceof BlockQuote && sinceTitle == 1) {
          sinceTitle++; // no lede: the quote follows the date line directly
        }
      }
      document.add(element);
      added = true;
    }
    if (!added) {
      document.add(new Paragraph(" ")); // a PDF needs a page, even for an empty memo
    }
    return outline;
  }

  int headings() {
    return headings;
  }

  /** Starts a new page when the heading and the first lines after it would not fit. */
  private void keepWithNext(Paragraph heading, TextStyle style) {
    TextStyle body = context.theme().style(Role.BODY);
    float width = document.right() - document.left();
    float textWidth = 0;
    for (Object chunk : heading.getChunks()) {
      textWidth += ((Chunk) chunk).getWidthPoint();
    }
    int lines = Math.max(1, (int) Math.ceil(textWidth / width));
    float need = style.spaceBefore() + lines * style.leading() + style.spaceAfter()
        + KEEP_LINES * body.leading();
    float y = writer.getVerticalPosition(true);
    if (y - need < document.bottom() && writer.getPageNumber() > 0) {
      document.newPage();
    }
  }

  private Paragraph rule() {
    TextStyle body = context.theme().style(Role.BODY);
    Paragraph p = new Paragraph(body.leading());
    p.add(new Chunk(new LineSeparator(0.6f, 100, Colors.of(context.theme().ruleColor()),
        Element.ALIGN_CENTER, -2)));
    p.setSpacingBefore(body.spaceAfter());
    p.setSpacingAfter(body.spaceAfter());
    return p;
  }
}
