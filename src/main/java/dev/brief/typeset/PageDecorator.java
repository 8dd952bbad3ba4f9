package dev.brief.typeset;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
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
  private static final float GAP = 14;
  private static final int[] ALIGN = {
    Element.ALIGN_LEFT, Element.ALIGN_CENTER, Element.ALIGN_RIGHT
  };

  private final RenderContext context;
  private final Map<String, String> values;
  private final List<String> outlineTitles;
  private final Set<String> outlined = new HashSet<>();
  private final List<Deferred> deferred = new ArrayList<>();

  /** Quote tag and page to the lowest point of its bar drawn so far. */
  private final Map<String, Float> barBottoms = new java.util.HashMap<>();

  private int pages;

  /** A slot waiting for the page count. */
  private record Deferred(
      PdfTemplate template, String text, int page, int align, TextStyle style) {}

  PageDecorator(RenderContext context, Map<String, String> values, List<String> outlineTitles) {
    this.context = context;
    this.values = values;
    this.outlineTitles = outlineTitles;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    pages++;
    Theme theme = context.theme();
    TextStyle header = theme.style(Role.HEADER);
    TextStyle footer = theme.style(Role.FOOTER);
    float headerY = document.top() + GAP;
    float footerY = document.bottom() - GAP - footer.size();
    draw(writer, document, theme.header(), header, headerY);
    draw(writer, document, theme.footer(), footer, footerY);
    PdfContentByte cb = writer.getDirectContent();
    cb.saveState();
    cb.setColorStroke(Colors.of(theme.ruleColor()));
    cb.setLineWidth(0.5f);
    if (theme.header().rule()) {
      cb.moveTo(document.left(), headerY - 4);
      cb.lineTo(document.right(), headerY - 4);
    }
    if (theme.footer().rule()) {
      cb.moveTo(document.left(), footerY + footer.size() + 3);
      cb.lineTo(document.right(), footerY + footer.size() + 3);
    }
    cb.stroke();
    cb.restoreState();
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    for (Deferred d : deferred) {
      String text =
          d.text()
              .replace("{page}", Integer.toString(d.page()))
              .replace("{pages}", Integer.toString(pages));
      float width = d.template().getWidth();
      float x =
          d.align() == Element.ALIGN_LEFT
              ? 0
              : d.align() == Element.ALIGN_CENTER ? width / 2 : width;
      ColumnText.showTextAligned(
          d.template(), d.align(), phrase(text, d.style()), x, d.style().size() * 0.3f, 0);
    }
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
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
    under.saveState();
    under.setColorFill(Colors.of(bar.barColor()));
    under.rectangle(document.left(), bottom, bar.barWidth(), top - bottom);
    under.fill();
    under.restoreState();
  }

  private void draw(
      PdfWriter writer, Document document, Theme.Running running, TextStyle style, float y) {
    String[] slots = {running.left(), running.center(), running.right()};
    float[] xs = {document.left(), (document.left() + document.right()) / 2, document.right()};
    for (int i = 0; i < 3; i++) {
      String text = fill(slots[i]);
      if (text.isBlank()) {
        continue;
      }
      if (text.contains("{pages}")) {
        float width = document.right() - document.left();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, style.size() * 1.6f);
        writer.getDirectContent().addTemplate(template, document.left(), y - style.size() * 0.3f);
        deferred.add(new Deferred(template, text, writer.getPageNumber(), ALIGN[i], style));
      } else {
        text = text.replace("{page}", Integer.toString(writer.getPageNumber()));
        float room = (document.right() - document.left()) * (i == 1 ? 0.4f : 0.55f);
        ColumnText.showTextAligned(
            writer.getDirectContent(), ALIGN[i], fit(text, style, room), xs[i], y, 0);
      }
    }
  }

  private String fill(String slot) {
    String text = slot;
    for (Map.Entry<String, String> e : values.entrySet()) {
      text = text.replace("{" + e.getKey() + "}", e.getValue());
    }
    return text;
  }

  /** The text as a phrase no wider than {@code room}, shortened with an ellipsis if need be. */
  private Phrase fit(String text, TextStyle style, float room) {
    Phrase phrase = phrase(text, style);
    String shorter = text;
    while (width(phrase) > room && shorter.length() > 1) {
      shorter =
          shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1)).stripTrailing();
      phrase = phrase(shorter + "\u2026", style);
    }
    return phrase;
  }

  private static float width(Phrase phrase) {
    float width = 0;
    for (Object chunk : phrase.getChunks()) {
      width += ((com.lowagie.text.Chunk) chunk).getWidthPoint();
    }
    return width;
  }

  private Phrase phrase(String text, TextStyle style) {
    Phrase phrase = new Phrase(style.leading());
    phrase.setFont(context.fonts().font(style));
    phrase.addAll(
        context
            .fonts()
            .chunks(text, style, style.bold(), style.italic(), Colors.of(style.color())));
    return phrase;
  }
}
