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

  /** Paragraphs up to this many lines are never split: no lone first or last line on a page. */
  private static final int PARAGRAPH_KEEP_LINES = 5;

  /** A pull quote up to this many lines, attribution included, stays on one page. */
  private static final int QUOTE_KEEP_LINES = 10;

  private final RenderContext context;
  private final Blocks blocks;
  private final Document document;
  private final PdfWriter writer;

  MemoWriter(RenderContext context, Document document, PdfWriter writer) {
    this.context = context;
    this.blocks = new Blocks(context);
    this.document = document;
    this.writer = writer;
  }

  /** Adds every block; appends each heading's outline title, indexed by its generic tag. */
  void write(Node markdown, java.util.List<String> outline) throws DocumentException {
    // The title, if the memo opens with one, is followed by the date line, then the lede; any
    // other block ends that opening (a custom template may put anything there).
    Role opening = null;
    boolean added = false;
    for (Node node = markdown.getFirstChild(); node != null; node = node.getNext()) {
      java.util.List<Element> elements;
      Role role = node instanceof org.commonmark.node.Paragraph ? opening : null;
      opening = role == Role.META ? Role.LEDE : null;
      if (node instanceof Heading h && h.getLevel() == 1 && !added) {
        elements = java.util.List.of(blocks.paragraph(h, Role.TITLE, null));
        opening = Role.META;
      } else if (node instanceof Heading h) {
        String tag = "h" + outline.size();
        outline.add(Blocks.plainText(h));
        Paragraph heading = blocks.paragraph(h, Role.HEADING, tag);
        keepWithNext(heading, context.theme().style(Role.HEADING));
        elements = java.util.List.of(heading);
      } else if (role != null) {
        elements = java.util.List.of(blocks.paragraph(node, role, null));
      } else if (node instanceof ThematicBreak) {
        elements = java.util.List.of(rule());
      } else {
        elements = blocks.block(node, node instanceof ListBlock ? Role.LIST : Role.BODY);
      }
      if (!(node instanceof Heading) && !(node instanceof ListBlock)) {
        keepTogether(
            elements, node instanceof BlockQuote ? QUOTE_KEEP_LINES : PARAGRAPH_KEEP_LINES);
      }
      for (Element element : elements) {
        document.add(element);
      }
      added = true;
    }
    if (!added) {
      Paragraph empty = new Paragraph(" ", context.fonts().font(context.theme().style(Role.BODY)));
      document.add(empty); // a PDF needs a page, even for an empty memo
    }
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
    float need =
        style.spaceBefore()
            + lines * style.leading()
            + style.spaceAfter()
            + KEEP_LINES * body.leading();
    float y = writer.getVerticalPosition(true);
    if (y - need < document.bottom() && writer.getPageNumber() > 0) {
      document.newPage();
    }
  }

  /**
   * Starts a new page before a short block that would not fit in what is left of this one, and
   * before any block when only one of its lines would fit (OpenPDF has no widow or orphan control).
   * Line counts are estimated from the text's width, with a margin for word wrapping.
   */
  private void keepTogether(java.util.List<Element> elements, int maxLines) {
    float width = document.right() - document.left();
    float height = 0;
    float firstLines = 0;
    int lines = 0;
    for (Element element : elements) {
      if (!(element instanceof Paragraph p)) {
        return;
      }
      float text = 0;
      for (Object chunk : p.getChunks()) {
        text += ((Chunk) chunk).getWidthPoint();
      }
      float measure = width - p.getIndentationLeft() - p.getIndentationRight();
      int n = Math.max(1, (int) Math.ceil(text * 1.08f / measure));
      if (lines == 0) {
        firstLines = p.getSpacingBefore() + Math.min(2, n) * p.getTotalLeading();
      }
      lines += n;
      height += p.getSpacingBefore() + n * p.getTotalLeading() + p.getSpacingAfter();
    }
    float available = writer.getVerticalPosition(true) - document.bottom();
    boolean shortBlock = lines <= maxLines && height < document.top() - document.bottom();
    if (writer.getPageNumber() > 0
        && ((shortBlock && height > available) || (lines > 1 && firstLines > available))) {
      document.newPage();
    }
  }

  private Paragraph rule() {
    TextStyle body = context.theme().style(Role.BODY);
    Paragraph p = new Paragraph(body.leading());
    p.setFont(context.fonts().font(body));
    p.add(
        new Chunk(
            new LineSeparator(
                0.6f, 100, Colors.of(context.theme().ruleColor()), Element.ALIGN_CENTER, -2)));
    p.setSpacingBefore(body.spaceAfter());
    p.setSpacingAfter(body.spaceAfter());
    return p;
  }
}
