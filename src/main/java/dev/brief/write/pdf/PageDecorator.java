package dev.brief.write.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.brief.theme.Role;
import dev.brief.theme.TextStyle;
import dev.brief.theme.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws the running header and footer on every page and builds the outline. A slot that needs the
 * page count ("Page 2 of 5") is a template per page, filled in when the document closes.
 */
final class PageDecorator extends com.lowagie.text.pdf.PdfPageEventHelper {
  private static final float GAP = Theme.RUNNING_GAP;

  private final RenderContext context;
  private final RunningLine header;
  private final RunningLine footer;
  private final List<String> outlineTitles;
  private final Set<String> outlined = new HashSet<>();
  private final List<Deferred> deferred = new ArrayList<>();

  /** Quote tag and page to the lowest point of its bar drawn so far. */
  private final Map<String, Float> barBottoms = new java.util.HashMap<>();

  private int pages;

  /** A header or footer waiting for the page count. */
  private record Deferred(PdfTemplate template, RunningLine line, int page, float baseline) {}

  PageDecorator(RenderContext context, Map<String, String> values, List<String> outlineTitles) {
    this.context = context;
    Theme theme = context.theme();
    this.header =
        new RunningLine(context.fonts(), theme.style(Role.HEADER), theme.header(), values);
    this.footer =
        new RunningLine(context.fonts(), theme.style(Role.FOOTER), theme.footer(), values);
    this.outlineTitles = outlineTitles;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    pages++;
    Theme theme = context.theme();
    TextStyle footerStyle = theme.style(Role.FOOTER);
    float headerY = document.top() + GAP;
    float footerY = document.bottom() - GAP - footerStyle.size();
    place(writer, document, header, theme.style(Role.HEADER), headerY);
    place(writer, document, footer, footerStyle, footerY);
    PdfContentByte cb = writer.getDirectContent();
    Structure.layout(cb);
    cb.saveState();
    cb.setColorStroke(Colors.of(theme.ruleColor()));
    cb.setLineWidth(0.5f);
    if (theme.header().rule()) {
      cb.moveTo(document.left(), headerY - 4);
      cb.lineTo(document.right(), headerY - 4);
    }
    if (theme.footer().rule()) {
      cb.moveTo(document.left(), footerY + footerStyle.size() + 3);
      cb.lineTo(document.right(), footerY + footerStyle.size() + 3);
    }
    cb.stroke();
    cb.restoreState();
    cb.endMarkedContentSequence();
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    for (Deferred d : deferred) {
      d.line().draw(d.template(), d.baseline(), d.page(), pages);
    }
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String marked) {
    String tag = context.structure().chunk(marked);
    if (tag.isEmpty()) {
      return;
    }
    if (tag.startsWith(Blocks.QUOTE_TAG)) {
      quoteBar(writer, document, rect, tag);
      return;
    }
    if (!tag.startsWith("h") || !outlined.add(tag)) {
      return; // a heading split into several chunks reports each one; the first counts
    }
    String title = outlineTitles.get(Integer.parseInt(tag.substring(1)));
    PdfDestination destination =
        new PdfDestination(
            PdfDestination.XYZ,
            rect.getLeft(),
            rect.getTop() + context.theme().style(Role.HEADING).leading(),
            0);
    new PdfOutline(writer.getRootOutline(), destination, title);
  }

  /**
   * Draws the bar beside one chunk of a pull quote, reaching up to the part drawn for the chunk
   * before it on the same page, so a quote gets one unbroken bar (per page) whatever its length.
   */
  private void quoteBar(PdfWriter writer, Document document, Rectangle rect, String tag) {
    Theme.QuoteBar bar = context.theme().quote();
    String key = tag + "@" + writer.getPageNumber();
    float bottom = rect.getBottom() - 3;
    Float previous = barBottoms.get(key);
    float top = previous == null ? rect.getTop() + 1 : previous;
    barBottoms.put(key, previous == null ? bottom : Math.min(previous, bottom));
    if (top <= bottom) {
      return;
    }
    PdfContentByte under = writer.getDirectContentUnder();
    Structure.layout(under);
    under.saveState();
    under.setColorFill(Colors.of(bar.barColor()));
    // on the memo's start side, as the HTML's border-inline-start
    float x = context.rightToLeft() ? document.right() - bar.barWidth() : document.left();
    under.rectangle(x, bottom, bar.barWidth(), top - bottom);
    under.fill();
    under.restoreState();
    under.endMarkedContentSequence();
  }

  /**
   * Places an empty template for a header or footer on this page, its baseline at {@code y}; the
   * text goes in when the document closes and the page count is known.
   */
  private void place(
      PdfWriter writer, Document document, RunningLine line, TextStyle style, float y) {
    if (line.isEmpty()) {
      return;
    }
    float width = document.right() - document.left();
    float baseline = style.size() * 0.3f;
    PdfContentByte cb = writer.getDirectContent();
    PdfTemplate template = cb.createTemplate(width, style.size() * 1.6f);
    Structure.pagination(cb); // the running header and footer, page numbers too
    cb.addTemplate(template, document.left(), y - baseline);
    cb.endMarkedContentSequence();
    deferred.add(new Deferred(template, line, writer.getPageNumber(), baseline));
  }
}
