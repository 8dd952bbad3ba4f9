package dev.brief.typeset;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** Turns one Markdown block (paragraph, quote, list, code) into an OpenPDF element. */
final class Blocks {
  private final RenderContext context;

  Blocks(RenderContext context) {
    this.context = context;
  }

  Element block(Node node, Role role) {
    if (node instanceof BlockQuote quote) {
      return pullQuote(quote);
    }
    if (node instanceof ListBlock list) {
      return list(list);
    }
    if (node instanceof FencedCodeBlock code) {
      return literal(code.getLiteral(), Role.MONO);
    }
    if (node instanceof IndentedCodeBlock code) {
      return literal(code.getLiteral(), Role.MONO);
    }
    if (node instanceof HtmlBlock html) {
      return literal(html.getLiteral(), role); // user text is data: shown as typed
    }
    return paragraph(node, role, null);
  }

  Paragraph paragraph(Node node, Role role, String tag) {
    TextStyle style = context.theme().style(role);
    Paragraph p = new Paragraph(Inlines.of(node, style, context, tag));
    p.setLeading(style.leading());
    p.setSpacingBefore(style.spaceBefore());
    p.setSpacingAfter(style.spaceAfter());
    return p;
  }

  /** A pull quote: a bar at the left, the quote in the quote style, the "— Name" line apart. */
  private Element pullQuote(BlockQuote quote) {
    Theme.QuoteBar bar = context.theme().quote();
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.LEFT);
    cell.setBorderWidthLeft(bar.barWidth());
    cell.setBorderColorLeft(Colors.of(bar.barColor()));
    cell.setPaddingLeft(bar.indent());
    cell.setPaddingTop(0);
    cell.setPaddingBottom(2);
    cell.setPaddingRight(0);
    for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof org.commonmark.node.Paragraph p) {
        boolean attribution = plainText(p).matches("^[—–―-] .*");
        Paragraph para = paragraph(p, attribution ? Role.ATTRIBUTION : Role.QUOTE, null);
        if (child == quote.getFirstChild()) {
          para.setSpacingBefore(0);
        }
        cell.addElement(para);
      } else {
        cell.addElement(block(child, Role.QUOTE));
      }
    }
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setSpacingBefore(context.theme().style(Role.QUOTE).spaceBefore() + 4);
    table.setSpacingAfter(context.theme().style(Role.ATTRIBUTION).spaceAfter());
    table.addCell(cell);
    return table;
  }

  private Element list(ListBlock block) {
    TextStyle style = context.theme().style(Role.LIST);
    boolean ordered = block instanceof OrderedList;
    com.lowagie.text.List list = new com.lowagie.text.List(ordered, style.size() * 1.8f);
    // The number or bullet is set in the list's font so that it is embedded like all text.
    com.lowagie.text.Font font = context.fonts().chunks("1", style, false, false,
        Colors.of(style.color())).get(0).getFont();
    if (ordered) {
      Integer start = ((OrderedList) block).getMarkerStartNumber();
      list.setFirst(start == null ? 1 : start);
      list.setListSymbol(new Chunk("", font));
    } else {
      list.setListSymbol(new Chunk("\u2022", font));
    }
    for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
      ListItem li = new ListItem(style.leading());
      li.setSpacingAfter(style.spaceAfter());
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof ListBlock nested) {
          li.add(Chunk.NEWLINE);
          li.add(list(nested));
        } else {
          if (child != item.getFirstChild()) {
            li.add(Chunk.NEWLINE);
          }
          li.add(Inlines.of(child, style, context, null));
        }
      }
      list.add(li);
    }
    Paragraph holder = new Paragraph(style.leading());
    holder.add(list);
    holder.setSpacingBefore(style.spaceBefore());
    holder.setSpacingAfter(context.theme().style(Role.BODY).spaceAfter());
    return holder;
  }

  private Paragraph literal(String text, Role role) {
    TextStyle style = context.theme().style(role);
    Paragraph p = new Paragraph(style.leading());
    String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    p.addAll(context.fonts().chunks(trimmed, style, style.bold(), style.italic(),
        Colors.of(style.color())));
    p.setSpacingAfter(context.theme().style(Role.BODY).spaceAfter());
    return p;
  }

  /** The text of a node without markup, for outline titles and attribution checks. */
  static String plainText(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        out.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        out.append(code.getLiteral());
      }

      @Override
      public void visit(HtmlInline html) {
        out.append(html.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak softLineBreak) {
        out.append(' ');
      }
    });
    return out.toString();
  }

}
