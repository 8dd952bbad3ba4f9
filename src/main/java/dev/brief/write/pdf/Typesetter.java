package dev.brief.write.pdf;

import static java.util.Objects.requireNonNull;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.brief.language.Direction;
import dev.brief.model.Brief;
import dev.brief.theme.PdfStandard;
import dev.brief.theme.TextStyle;
import dev.brief.theme.Theme;
import dev.brief.write.Memo;
import dev.brief.write.MissingGlyph;
import dev.brief.write.Output;
import dev.brief.write.Writer;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The PDF writer: typesets a laid-out memo with the theme. Pure: the same memo gives the same
 * bytes, whatever the clock, time zone or locale. Thread-safe: fonts are parsed once per process
 * and shared; everything else is made per document.
 */
public final class Typesetter implements Writer {
  private final Fonts fonts;
  private final PdfOptions options;

  public Typesetter(PdfOptions options) {
    this.fonts = Fonts.load();
    this.options = requireNonNull(options, "options");
  }

  /**
   * Parses the face of each of the theme's text styles (inline bold and italic come when used),
   * after making a throwaway OpenPDF document, whose classes (PdfName's hundreds of names among
   * them) the first render would otherwise load and initialize.
   */
  @Override
  public void prepare(Theme theme) {
    TaggedWriter.undatedDocument();
    for (TextStyle style : theme.styles().values()) {
      fonts.face(style.family(), style.bold(), style.italic());
    }
  }

  @Override
  public Output write(Memo memo) {
    List<MissingGlyph> missing = missingGlyphs(memo.brief(), memo.theme());
    Set<Integer> replaced = new LinkedHashSet<>();
    byte[] pdf = typeset(memo, replaced::add);
    return new Output(pdf, missing, replaced);
  }

  /**
   * The PDF for the memo; tells {@code onReplaced} of each character no font could draw, wherever
   * it came from: the brief, a template or the theme.
   */
  byte[] typeset(Memo memo, IntConsumer onReplaced) {
    Brief brief = memo.brief();
    Theme theme = memo.theme();
    Theme.Page page = theme.page();
    Document document =
        new Document(
            new Rectangle(page.width(), page.height()),
            page.left(),
            page.right(),
            page.top(),
            page.bottom());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> outline = new ArrayList<>();
    TaggedWriter writer = TaggedWriter.of(document, out);
    Structure structure = new Structure(writer);
    writer.onAnnotation(structure::annotation);
    RenderContext context =
        new RenderContext(
            theme,
            new FontChain(fonts, theme.fallback(), options.fontFiles(), onReplaced),
            structure,
            Direction.isRightToLeft(brief.lang()));
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    writer.setPageEvent(new PageDecorator(context, values(brief, theme), outline));
    document.addTitle(brief.title());
    brief.author().ifPresent(document::addAuthor);
    document.addSubject(brief.subject());
    document.addKeywords(keywords(brief));
    document.addCreator(options.creator());
    PdfStandard archival = options.archival();
    if (archival == PdfStandard.A_1B) {
      writer.setPDFXConformance(PdfWriter.PDFA1B); // PDF 1.4, and OpenPDF checks what it can
    } else if (archival == PdfStandard.A_1A) {
      writer.setPDFXConformance(PdfWriter.PDFA1A); // PDF/A-1b, tagged
    }
    document.open();
    PdfDate date = new PdfDate(pdfDate(memo.timestamp()));
    writer.setXmpMetadata(
        Xmp.of(
            new Xmp.Fields(
                brief.title(),
                brief.author().orElse(null),
                brief.subject(),
                keywords(brief),
                options.creator(),
                date,
                options.standards())));
    if (archival != null) {
      OutputIntent.srgb(writer);
    }
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    writer.getInfo().put(PdfName.FILEID, FileId.placeholder());
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(brief.lang()));
    try {
      new MemoWriter(context, document, writer).write(memo.layout(), outline);
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot typeset the memo: " + e.getMessage(), e);
    }
    document.close();
    return FileId.fill(out.toByteArray());
  }

  /** Every character of the brief's text that no font of the theme can draw. */
  @Override
  public List<MissingGlyph> missingGlyphs(Brief brief, Theme theme) {
    return new GlyphCheck(new FontChain(fonts, theme.fallback(), options.fontFiles()), theme)
        .check(brief);
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

  /**
   * A PDF date, D:YYYYMMDDHHmmSSZ, of an instant in the years 1 to 9999 (the command line allows no
   * other), in the proleptic Gregorian calendar of the brief's own dates. A GregorianCalendar would
   * count in the Julian calendar before October 1582 (0001-01-01 came out as D:00010103), and
   * making one asks the JDK's locale data for the first day of the week: 13 ms of a cold render.
   */
  static String pdfDate(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    return "D:"
        + digits(t.getYear(), 4)
        + digits(t.getMonthValue(), 2)
        + digits(t.getDayOfMonth(), 2)
        + digits(t.getHour(), 2)
        + digits(t.getMinute(), 2)
        + digits(t.getSecond(), 2)
        + "Z";
  }

  private static String digits(int value, int width) {
    String digits = Integer.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }
}
