package dev.brief.typeset;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;

/**
 * Walks the top level of the Markdown document and adds each block to the PDF. Knows the memo's
 * shape: the first paragraph after the title is the date/author line, the next one the lede. Knows
 * where a page may break (OpenPDF has no widow, orphan or keep-with-next control): a heading or a
 * lead-in paragraph stays with what it introduces, a short paragraph or pull quote is never split,
 * and no block leaves a single line behind.
 */
final class MemoWriter {
  /** Paragraphs up to this many lines are never split: no lone first or last line on a page. */
  private static final int PARAGRAPH_KEEP_LINES = 5;

  /** A pull quote up to this many lines, attribution included, stays on one page. */
  private static final int QUOTE_KEEP_LINES = 10;

  /** How many introducers may chain (a heading, then a lead-in, then a list). */
  private static final int CHAIN = 3;

  private final RenderContext context;
  private final Blocks blocks;
  private final Document document;
  private final PdfWriter writer;

  /** One top-level block, ready to add: the Markdown node and the elements made of it. */
  private record Block(Node node, List<Element> elements) {}

  MemoWriter(RenderContext context, Document document, PdfWriter writer) {
    this.context = context;
    this.blocks = new Blocks(context);
    this.document = document;
    this.writer = writer;
  }

  /** Adds every block; appends each heading's outline title, indexed by its generic tag. */
  void write(Node markdown, List<String> outline) throws DocumentException {
    List<Block> memo = build(markdown, outline);
    float page = document.top() - document.bottom();
    for (int i = 0; i < memo.size(); i++) {
      float need = mustFit(memo, i, 0);
      float available = writer.getVerticalPosition(true) - document.bottom();
      if (need > available && need <= page && writer.getPageNumber() > 0) {
        document.newPage();
      }
      for (Element element : memo.get(i).elements()) {
        document.add(element);
      }
    }
    if (memo.isEmpty()) {
      Paragraph empty = new Paragraph(" ", context.fonts().font(context.theme().style(Role.BODY)));
      document.add(empty); // a PDF needs a page, even for an empty memo
    }
  }

  /** The blocks in order, each made into elements with its role. */
  private List<Block> build(Node markdown, List<String> outline) {
    // The title, if the memo opens with one, is followed by the date line, then the lede; any
    // other block ends that opening (a custom template may put anything there).
    List<Block> memo = new ArrayList<>();
    Role opening = null;
    for (Node node = markdown.getFirstChild(); node != null; node = node.getNext()) {
      List<Element> elements;
      Role role = node instanceof org.commonmark.node.Paragraph ? opening : null;
      opening = role == Role.META ? Role.LEDE : null;
      if (node instanceof Heading h && h.getLevel() == 1 && memo.isEmpty()) {
        elements = List.of(blocks.paragraph(h, Role.TITLE, null));
        opening = Role.META;
      } else if (node instanceof Heading h) {
        String tag = "h" + outline.size();
        outline.add(Blocks.plainText(h));
        elements = List.of(blocks.paragraph(h, Role.HEADING, tag));
      } else if (role != null) {
        elements = List.of(blocks.paragraph(node, role, null));
      } else if (node instanceof ThematicBreak) {
        elements = List.of(rule());
      } else {
        elements = blocks.block(node, node instanceof ListBlock ? Role.LIST : Role.BODY);
      }
      memo.add(new Block(node, elements));
    }
    return memo;
  }

  /**
   * How much of block {@code i} must stand on the page where it starts: a heading or a lead-in
   * paragraph (one followed by a list) with what must start after it, a short block whole, the
   * first item of a long list, or else the first two lines.
   */
  private float mustFit(List<Block> memo, int i, int depth) {
    Block block = memo.get(i);
    Node node = block.node();
    boolean hasNext = i + 1 < memo.size();
    boolean introduces =
        node instanceof Heading
            || (node instanceof org.commonmark.node.Paragraph
                && hasNext
                && memo.get(i + 1).node() instanceof ListBlock);
    Estimate estimate = estimate(block.elements());
    if (introduces && hasNext && depth < CHAIN) {
      // A line of slack: OpenPDF sets a block's first line lower than the estimate's leading.
      float slack = context.theme().style(Role.BODY).leading();
      return estimate.height + mustFit(memo, i + 1, depth + 1) + slack;
    }
    if (node instanceof ListBlock && estimate.lines > PARAGRAPH_KEEP_LINES) {
      return estimate(block.elements().subList(0, Math.min(1, block.elements().size()))).height;
    }
    int keep =
        node instanceof BlockQuote
            ? QUOTE_KEEP_LINES
            : node instanceof Heading ? Integer.MAX_VALUE : PARAGRAPH_KEEP_LINES;
    return estimate.lines <= keep ? estimate.height : estimate.firstLines;
  }

  /** A block's estimated lines and height once set, and the height of its first two lines. */
  private record Estimate(int lines, float height, float firstLines) {}

  /** Line counts are estimated from the text's width, with a margin for word wrapping. */
  private Estimate estimate(List<Element> elements) {
    float width = document.right() - document.left();
    float height = 0;
    float firstLines = 0;
    int lines = 0;
    for (Element element : elements) {
      if (!(element instanceof Paragraph p)) {
        return new Estimate(0, 0, 0); // not text: no constraint
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
    return new Estimate(lines, height, firstLines);
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
