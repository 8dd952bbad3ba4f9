package dev.brief.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import dev.brief.layout.Kind;
import dev.brief.layout.Layout;
import dev.brief.theme.Role;
import dev.brief.theme.TextStyle;
import dev.brief.theme.Theme;
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

  Blocks(RenderContext context, Layout layout) {
    this.context = context;
    this.layout = layout;
  }

  List<Element> block(Node node, Role role) {
    if (node instanceof BlockQuote quote) {
      return pullQuote(quote);
    }
    if (node instanceof ListBlock list) {
      return list(list, 0);
    }
    if (node instanceof FencedCodeBlock code) {
      return List.of(literal(code.getLiteral(), Role.MONO));
    }
    if (node instanceof IndentedCodeBlock code) {
      return List.of(literal(code.getLiteral(), Role.MONO));
    }
    if (node instanceof HtmlBlock html) {
      return List.of(literal(html.getLiteral(), role)); // user text is data: shown as typed
    }
    return List.of(paragraph(node, role, null));
  }

  Paragraph paragraph(Node node, Role role, String tag) {
    TextStyle style = context.theme().style(role);
    Paragraph p = new Paragraph(style.leading());
    p.setFont(context.fonts().font(style));
    p.add(Inlines.of(node, style, context, tag));
    p.setSpacingBefore(style.spaceBefore());
    p.setSpacingAfter(style.spaceAfter());
    return p;
  }

  /** A pull quote: indented past a bar, the quote in the quote style, the "— Name" line apart. */
  private List<Element> pullQuote(BlockQuote quote) {
    Theme.QuoteBar bar = context.theme().quote();
    String tag = QUOTE_TAG + quotes++;
    List<Element> out = new ArrayList<>();
    for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof org.commonmark.node.Paragraph p) {
        boolean attribution = layout.kindOf(p).orElse(null) == Kind.ATTRIBUTION;
        Paragraph para = paragraph(p, attribution ? Role.ATTRIBUTION : Role.QUOTE, tag);
        para.setIndentationLeft(bar.indent());
        if (child != quote.getFirstChild() && !attribution) {
          para.setSpacingBefore(0);
        }
        out.add(para);
      } else {
        for (Element element : block(child, Role.QUOTE)) {
          Paragraph p = (Paragraph) element; // code, a list or a nested quote: inside the bar too
          shift(p, bar.indent());
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
  private List<Element> list(ListBlock block, float indent) {
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
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof ListBlock nested) {
          out.addAll(list(nested, indent + gutter));
          continue;
        }
        for (Element element : inItem(child)) {
          Paragraph p = (Paragraph) element;
          shift(p, indent + gutter);
          out.add(p);
        }
      }
      if (out.size() > first && !(item.getFirstChild() instanceof ListBlock)) {
        out.set(first, marked((Paragraph) out.get(first), marker, gutter));
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Paragraph last && indent == 0) {
      last.setSpacingAfter(context.theme().style(Role.BODY).spaceAfter());
    }
    return out;
  }

  /** A block inside a list item; a quote there is its blocks, without the pull-quote look. */
  private List<Element> inItem(Node child) {
    if (!(child instanceof BlockQuote)) {
      return block(child, Role.LIST);
    }
    List<Element> out = new ArrayList<>();
    for (Node inner = child.getFirstChild(); inner != null; inner = inner.getNext()) {
      if (inner instanceof ListBlock nested) {
        out.addAll(list(nested, 0));
      } else {
        out.addAll(inItem(inner));
      }
    }
    return out;
  }

  /** The item's first paragraph with its number or bullet hanging in the gutter before it. */
  private Paragraph marked(Paragraph p, String marker, float gutter) {
    TextStyle style = context.theme().style(Role.LIST);
    Paragraph marked = new Paragraph(p.getLeading());
    marked.setFont(p.getFont());
    marked.addAll(context.fonts().chunks(marker, style, false, false, Colors.of(style.color())));
    // ColumnText measures a tab from the column's edge: the text starts at the indentation.
    marked.add(new Chunk(new VerticalPositionMark(), p.getIndentationLeft(), false));
    marked.addAll(p);
    marked.setIndentationLeft(p.getIndentationLeft());
    marked.setFirstLineIndent(-gutter);
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
    p.addAll(
        context
            .fonts()
            .chunks(trimmed, style, style.bold(), style.italic(), Colors.of(style.color())));
    p.setSpacingAfter(context.theme().style(Role.BODY).spaceAfter());
    return p;
  }
}
