package dev.brief.typeset;

import static java.util.Objects.requireNonNull;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.brief.model.Brief;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.IntConsumer;
import org.commonmark.parser.Parser;

/**
 * Typesets composed CommonMark Markdown into a PDF memo. Pure: the same Markdown, brief, theme and
 * timestamp give the same bytes, whatever the clock, time zone or locale. Thread-safe.
 */
public final class Typesetter {
  private static final Parser PARSER = Parser.builder().build();

  private final Fonts fonts;
  private final String creator;

  /** A typesetter whose PDFs name {@code creator} (say "brief 1.2.0") as the creating tool. */
  public Typesetter(Fonts fonts, String creator) {
    this.fonts = requireNonNull(fonts, "fonts");
    this.creator = requireNonNull(creator, "creator");
  }

  /**
   * The PDF for {@code markdown}; {@code brief} gives the metadata and header/footer values, and
   * {@code timestamp} is written as the creation and modification date.
   */
  public byte[] typeset(String markdown, Brief brief, Theme theme, Instant timestamp) {
    return typeset(markdown, brief, theme, timestamp, cp -> {});
  }

  /**
   * As {@link #typeset(String, Brief, Theme, Instant)}, and tells {@code onReplaced} of each
   * character no font could draw, wherever it came from: the brief, a template or the theme.
   */
  public byte[] typeset(
      String markdown, Brief brief, Theme theme, Instant timestamp, IntConsumer onReplaced) {
    RenderContext context =
        new RenderContext(theme, new FontChain(fonts, theme.fallback(), onReplaced));
    Theme.Page page = theme.page();
    Document document =
        new Document(page.paper(), page.left(), page.right(), page.top(), page.bottom());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> outline = new ArrayList<>();
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    writer.setPageEvent(new PageDecorator(context, values(brief, theme), outline));
    document.addTitle(brief.title());
    brief.author().ifPresent(document::addAuthor);
    document.addSubject(brief.subject());
    document.addKeywords(keywords(brief));
    document.addCreator(creator);
    document.open();
    PdfDate date = new PdfDate(utc(timestamp));
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    writer.getInfo().put(PdfName.FILEID, FileId.placeholder());
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(brief.lang()));
    try {
      new MemoWriter(context, document, writer).write(PARSER.parse(markdown), outline);
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot typeset the memo: " + e.getMessage(), e);
    }
    document.close();
    return FileId.fill(out.toByteArray());
  }

  /** Every character of the brief's text that no font of the theme can draw. */
  public List<MissingGlyph> missingGlyphs(Brief brief, Theme theme) {
    return new GlyphCheck(new FontChain(fonts, theme.fallback()), theme).check(brief);
  }

  private static Map<String, String> values(Brief brief, Theme theme) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", brief.title());
    values.put("subject", brief.subject());
    values.put("author", brief.author().orElse(""));
    values.put("classification", brief.classification().orElse(""));
    values.put("page-of", theme.pageOf(brief.lang()));
    return values;
  }

  private static String keywords(Brief brief) {
    List<String> words = new ArrayList<>();
    words.add(brief.subject());
    brief.classification().ifPresent(words::add);
    brief.sources().values().forEach(s -> words.add(s.name()));
    return String.join(", ", words.stream().distinct().toList());
  }

  private static GregorianCalendar utc(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }
}
