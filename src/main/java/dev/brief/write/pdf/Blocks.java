package dev.brief.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import dev.brief.layout.Kind;
import dev.brief.layout.Layout;
import dev.brief.theme.Role;
import dev.brief.theme.TextStyle;
import dev.brief.theme.Theme;
import dev.brief.write.pdf.Structure.Tag;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * Turns one Markdown block (paragraph, quote, list, code) into OpenPDF elements. Everything stays
 * in the page's text flow (no tables), so the PDF's content order is its reading order.
 */
final class Blocks {
  /** Generic-tag prefix of pull-quote text; the page decorator draws the bar beside it. */
  static final String QUOTE_TAG = "q";

  private final RenderContext context;
  private final Layout layout;
  private int quotes;

  /**
   * The bar tag of the pull quote whose inner blocks (a list, code, a quote in it) are being made,
   * or null: their chunks carry it, so the bar reaches down beside them too.
   */
  private String innerBar;

  Blocks(RenderContext context, Layout layout) {
    this.context = context;
    this.layout = layout;
  }

  /**
   * The block's elements; {@code tag} is its structure element (a quote's or a list's holds the
   * elements of what is inside).
   */
  List<Element> block(Node node, Role role, Tag tag) {
    if (node instanceof BlockQuote quote) {
      return pullQuote(quote, tag);
    }
    if (node instanceof ListBlock list) {
      return list(list, 0, tag);
    }
    Structure structure = context.structure();
    if (node instanceof FencedCodeBlock code) {
      return List.of(structure.tag(literal(code.getLiteral(), Role.MONO), tag));
    }
    if (node instanceof IndentedCodeBlock code) {
      return List.of(structure.tag(literal(code.getLiteral(), Role.MONO), tag));
    }
    if (node instanceof HtmlBlock html) {
      // user text is data: shown as typed
      return List.of(structure.tag(literal(html.getLiteral(), role), tag));
    }
    return List.of(structure.tag(paragraph(node, role, null), tag));
  }

  /** The structure type of a block inside a quote or a list, by the kind it would be on top. */
  private static PdfName type(Node node) {
    Kind kind =
        node instanceof BlockQuote
            ? Kind.QUOTE
            : node instanceof ListBlock
                ? Kind.LIST
                : node instanceof FencedCodeBlock
                        || node instanceof IndentedCodeBlock
                        || node instanceof HtmlBlock
                    ? Kind.CODE
                    : Kind.PARAGRAPH;
    return Structure.type(kind);
  }

  Paragraph paragraph(Node node, Role role, String tag) {
    TextStyle style = context.theme().style(role);
    Paragraph p = new Paragraph(style.leading());
    p.setFont(context.fonts().font(style));
    p.add(Inlines.of(node, style, context, tag != null ? tag : innerBar));
    p.setSpacingBefore(style.spaceBefore());
    p.setSpacingAfter(style.spaceAfter());
    return p;
  }

  /**
   * A pull quote: indented past a bar on the memo's start side (the right in a right-to-left memo),
   * the quote in the quote style, the "— Name" line apart.
   */
  private List<Element> pullQuote(BlockQuote quote, Tag tag) {
    Theme.QuoteBar quoteBar = context.theme().quote();
    // A quote inside a quote is beside the outer one's bar: one bar, unbroken, for both.
    String bar = innerBar != null ? innerBar : QUOTE_TAG + quotes++;
    List<Element> out = new ArrayList<>();
    for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof org.commonmark.node.Paragraph p) {
        boolean attribution = layout.kindOf(p).orElse(null) == Kind.ATTRIBUTION;
        Paragraph para = paragraph(p, attribution ? Role.ATTRIBUTION : Role.QUOTE, bar);
        context
            .structure()
            .tag(
                para,
                attribution
                    ? tag.child(Structure.type(Kind.ATTRIBUTION))
                    : tag.child(Structure.type(Kind.PARAGRAPH)).lang(tag.quoted()));
        // Indented on the bar's side: ColumnText takes the left indent as the start side of the
        // paragraph's own direction.
        boolean startSide =
            (Column.direction(para.getContent()) == PdfWriter.RUN_DIRECTION_RTL)
                == context.rightToLeft();
        if (startSide) {
          para.setIndentationLeft(quoteBar.indent());
        } else {
          para.setIndentationRight(quoteBar.indent());
        }
        if (child != quote.getFirstChild() && !attribution) {
          // A quote's later paragraph stands as far from the one before as body paragraphs do.
          float gap = context.theme().style(Role.BODY).spaceAfter();
          para.setSpacingBefore(Math.max(0, gap - context.theme().style(Role.QUOTE).spaceAfter()));
        }
        out.add(para);
      } else {
        String outer = innerBar;
        innerBar = bar;
        List<Element> inner;
        try {
          inner = block(child, Role.QUOTE, tag.child(type(child)));
        } finally {
          innerBar = outer;
        }
        for (Element element : inner) {
          Paragraph p = (Paragraph) element; // code, a list or a nested quote: inside the bar too
          // Indented on the bar's side, as a paragraph is above: a block in the other direction
          // than the memo's has its start (where shift indents) on the far side.
          if ((Column.direction(p.getContent()) == PdfWriter.RUN_DIRECTION_RTL)
              == context.rightToLeft()) {
            shift(p, quoteBar.indent());
          } else {
            p.setIndentationRight(p.getIndentationRight() + quoteBar.indent());
          }
          out.add(p);
        }
      }
    }
    return out;
  }

  /**
   * A list as paragraphs with a hanging number or bullet, not as an OpenPDF List: its markers are
   * drawn apart from the text, so text extraction and screen readers met them out of order.
   */
  private List<Element> list(ListBlock block, float indent, Tag tag) {
    TextStyle style = context.theme().style(Role.LIST);
    float gutter = style.size() * 1.8f;
    int number =
        block instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
            ? ordered.getMarkerStartNumber()
            : 1;
    List<Element> out = new ArrayList<>();
    for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
      String marker = block instanceof OrderedList ? number++ + "." : "\u2022";
      int first = out.size();
      Tag listItem = tag.child(Structure.ITEM);
      Tag body = listItem.child(Structure.ITEM_BODY);
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof ListBlock nested) {
          out.addAll(list(nested, indent + gutter, body.child(type(nested))));
          continue;
        }
        for (Element element : inItem(child, body)) {
          Paragraph p = (Paragraph) element;
          shift(p, indent + gutter);
          out.add(p);
        }
      }
      if (out.size() > first && !(item.getFirstChild() instanceof ListBlock)) {
        Paragraph marked =
            marked(
                (Paragraph) out.get(first), marker, gutter, listItem.child(Structure.ITEM_LABEL));
        context.structure().retag(out.get(first), marked);
        out.set(first, marked);
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Paragraph last && indent == 0) {
      last.setSpacingAfter(context.theme().style(Role.BODY).spaceAfter());
    }
    return out;
  }

  /** A block inside a list item; a quote there is its blocks, without the pull-quote look. */
  private List<Element> inItem(Node child, Tag body) {
    if (!(child instanceof BlockQuote)) {
      return block(child, Role.LIST, body.child(type(child)));
    }
    List<Element> out = new ArrayList<>();
    for (Node inner = child.getFirstChild(); inner != null; inner = inner.getNext()) {
      if (inner instanceof ListBlock nested) {
        out.addAll(list(nested, 0, body.child(type(nested))));
      } else {
        out.addAll(inItem(inner, body));
      }
    }
    return out;
  }

  /**
   * The item's first paragraph with its number or bullet hanging in the gutter before it: a tab
   * from the gutter to the text, which draws the marker (its label) where it starts. OpenPDF does
   * not draw a tab in a right-to-left line: there every line starts past the gutter, and the label
   * is a separator at the line's logical start, drawn at its right end, the marker in the gutter on
   * its right, in right-to-left order (".1").
   */
  private Paragraph marked(Paragraph p, String marker, float gutter, Tag labelTag) {
    TextStyle style = context.theme().style(Role.LIST);
    Paragraph marked = new Paragraph(p.getLeading());
    marked.setFont(p.getFont());
    boolean rightToLeft = Column.direction(p.getContent()) == PdfWriter.RUN_DIRECTION_RTL;
    List<Chunk> chunks =
        context
            .fonts()
            .chunks(
                rightToLeft ? Label.visual(marker) : marker,
                style,
                false,
                false,
                Colors.of(style.color()));
    Label label = new Label(chunks, context.structure(), labelTag, rightToLeft ? gutter : 0);
    if (rightToLeft) {
      Chunk separator = new Chunk(label);
      separator.setFont(p.getFont());
      marked.add(separator);
      marked.addAll(p);
      // OpenPDF counts the separator's character in the line's width: the first line gets it back
      Font font = p.getFont();
      marked.setFirstLineIndent(
          -font.getBaseFont().getWidthPoint(Chunk.OBJECT_REPLACEMENT_CHARACTER, font.getSize()));
    } else {
      // ColumnText measures a tab from the column's edge: the text starts at the indentation.
      marked.add(new Chunk(label, p.getIndentationLeft(), false));
      marked.addAll(p);
      marked.setFirstLineIndent(-gutter);
    }
    context.structure().label(marked, label);
    marked.setIndentationLeft(p.getIndentationLeft());
    marked.setSpacingAfter(p.getSpacingAfter());
    return marked;
  }

  /** Moves a paragraph right, its hanging marker's tab stop with it. */
  private static void shift(Paragraph p, float by) {
    p.setIndentationLeft(p.getIndentationLeft() + by);
    for (Object element : p) {
      if (element instanceof Chunk chunk
          && chunk.getChunkAttributes() != null
          && chunk.getChunkAttributes().get(Chunk.TAB) instanceof Object[] tab) {
        tab[1] = (Float) tab[1] + by;
      }
    }
  }

  private Paragraph literal(String text, Role role) {
    TextStyle style = context.theme().style(role);
    Paragraph p = new Paragraph(style.leading());
    p.setFont(context.fonts().font(style));
    String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    List<Chunk> chunks =
        context
            .fonts()
            .chunks(trimmed, style, style.bold(), style.italic(), Colors.of(style.color()));
    if (innerBar != null) {
      chunks.forEach(chunk -> chunk.setGenericTag(innerBar));
    }
    p.addAll(chunks);
    p.setSpacingAfter(context.theme().style(Role.BODY).spaceAfter());
    return p;
  }
}
