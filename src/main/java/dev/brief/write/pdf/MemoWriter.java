package dev.brief.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import dev.brief.layout.Block;
import dev.brief.layout.Kind;
import dev.brief.layout.Layout;
import dev.brief.theme.Role;
import dev.brief.theme.TextStyle;
import dev.brief.write.pdf.Structure.Tag;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * Adds the memo's blocks, as the layout gives them, to the PDF. Decides where a page may break
 * (OpenPDF has no widow, orphan or keep-with-next control) from the layout's hints: a block that
 * introduces the next stays with it, a short block is never split, a long list may break after its
 * first item, and no block leaves a single line behind.
 */
final class MemoWriter {
  /** How many introducers may chain (a heading, then a lead-in, then a list). */
  private static final int CHAIN = 3;

  private final RenderContext context;
  private final Document document;
  private final Column column;

  /** One top-level block, ready to add: the layout's block and the elements made of it. */
  private record Placed(Block block, List<Element> elements) {}

  MemoWriter(RenderContext context, Document document, PdfWriter writer) {
    this.context = context;
    this.document = document;
    this.column = new Column(document, writer, context.structure());
  }

  /** Adds every block; appends each heading's outline title, indexed by its generic tag. */
  void write(Layout layout, List<String> outline) throws DocumentException {
    List<Placed> memo = build(layout, outline);
    float page = document.top() - document.bottom();
    for (int i = 0; i < memo.size(); i++) {
      float need = mustFit(memo, i, 0);
      if (need > column.available() && need <= page && !column.atPageTop()) {
        column.newPage();
      }
      for (Element element : memo.get(i).elements()) {
        column.add(element);
      }
    }
    Structure structure = context.structure();
    List<String> notes = context.notes().urls();
    if (!notes.isEmpty()) {
      column.add(structure.tag(notes(notes), structure.document().child(Structure.NOTES)));
    }
    if (memo.isEmpty()) {
      Paragraph empty = new Paragraph(" ", context.fonts().font(context.theme().style(Role.BODY)));
      // a PDF needs a page, even for an empty memo
      column.add(structure.tag(empty, structure.document().child(Structure.type(Kind.PARAGRAPH))));
    }
  }

  /** The blocks in order, each made into elements in its role's style. */
  private List<Placed> build(Layout layout, List<String> outline) {
    Blocks blocks = new Blocks(context, layout);
    Structure structure = context.structure();
    List<Placed> memo = new ArrayList<>();
    for (Block block : layout.blocks()) {
      Node node = block.node();
      // The sources are the memo's endnotes: their list is a Note.
      Tag parent =
          block.kind() == Kind.SOURCES
              ? structure.document().child(Structure.NOTES)
              : structure.document();
      Tag tag =
          parent.child(
              node instanceof Heading heading && block.kind() == Kind.HEADING
                  ? structure.heading(heading.getLevel())
                  : Structure.type(block.kind()));
      if (tag != null) {
        block.lang().ifPresent(tag::quoting); // a quote in another language: its /Lang
      }
      List<Element> elements =
          switch (block.kind()) {
            case TITLE -> List.of(structure.tag(blocks.paragraph(node, Role.TITLE, null), tag));
            case META -> List.of(structure.tag(blocks.paragraph(node, Role.META, null), tag));
            case LEDE -> List.of(structure.tag(blocks.paragraph(node, Role.LEDE, null), tag));
            case HEADING -> {
              String outlined = "h" + outline.size();
              outline.add(Layout.plainText(node));
              yield List.of(structure.tag(blocks.paragraph(node, Role.HEADING, outlined), tag));
            }
            case RULE -> List.of(rule()); // untagged: an artifact
            case LIST, SOURCES -> blocks.block(node, Role.LIST, tag);
            default -> blocks.block(node, Role.BODY, tag);
          };
      memo.add(new Placed(block, elements));
    }
    return memo;
  }

  /**
   * How much of block {@code i} must stand on the page where it starts: an introducer with what
   * must start after it, a short block whole, the first item of a long list, or else the first two
   * lines.
   */
  private float mustFit(List<Placed> memo, int i, int depth) {
    Placed placed = memo.get(i);
    Block block = placed.block();
    boolean hasNext = i + 1 < memo.size();
    Estimate estimate = estimate(placed.elements());
    if (block.keepWithNext() && hasNext && depth < CHAIN) {
      // A line of slack: OpenPDF sets a block's first line lower than the estimate's leading.
      float slack = context.theme().style(Role.BODY).leading();
      return estimate.height + mustFit(memo, i + 1, depth + 1) + slack;
    }
    if (block.node() instanceof ListBlock && estimate.lines > block.unbrokenLines()) {
      List<Element> first = placed.elements().subList(0, Math.min(1, placed.elements().size()));
      return estimate(first).height;
    }
    return estimate.lines <= block.unbrokenLines() ? estimate.height : estimate.firstLines;
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

  /**
   * The link notes under a short rule, as footnotes are set: one line each, the number hanging
   * before the address. No heading, so nothing to translate.
   */
  private Paragraph notes(List<String> urls) {
    TextStyle style = context.theme().style(Role.META);
    Paragraph notes = new Paragraph(style.leading());
    notes.setFont(context.fonts().font(style));
    notes.setSpacingBefore(context.theme().style(Role.HEADING).spaceBefore());
    notes.add(
        new Chunk(
            new LineSeparator(
                0.6f, 25, Colors.of(context.theme().ruleColor()), Element.ALIGN_LEFT, -2)));
    for (int i = 0; i < urls.size(); i++) {
      notes.add(Chunk.NEWLINE);
      String url = urls.get(i);
      Color color = Colors.of(style.color());
      notes.addAll(context.fonts().chunks((i + 1) + ". ", style, false, false, color));
      notes.add(Inlines.url(url, context.notes().target(url), style, context));
    }
    return notes;
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
