package dev.brief.write.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * A PDF writer that shows each annotation to the structure tree before it is added: the links that
 * ColumnText makes from anchored chunks must be tied to {@code Link} elements, and OpenPDF offers
 * no other hook for them. Made as {@link PdfWriter#getInstance(Document, OutputStream)} makes its
 * own.
 */
final class TaggedWriter extends PdfWriter {
  private Consumer<PdfAnnotation> onAnnotation = annotation -> {};

  private TaggedWriter(PdfDocument pdf, OutputStream out) {
    super(pdf, out);
  }

  static TaggedWriter of(Document document, OutputStream out) throws DocumentException {
    PdfDocument pdf = undatedDocument();
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    document.addDocListener(pdf);
    TaggedWriter writer = new TaggedWriter(pdf, out);
    writer.setCompressionLevel(Fonts.COMPRESSION);
    pdf.addWriter(writer);
    return writer;
  }

  /** An OpenPDF document that reads no clock and formats no date (see {@link UndatedDocument}). */
  static PdfDocument undatedDocument() {
    return new UndatedDocument();
  }

  /**
   * OpenPDF's document without the creation date its constructor adds: read from the clock and
   * worded by a SimpleDateFormat with a zone name, which loads the default locale's date and zone
   * names (25 to 40 ms of a cold render's main thread). {@link Typesetter} writes the memo's own.
   */
  private static final class UndatedDocument extends PdfDocument {
    @Override
    public boolean addCreationDate() {
      return false;
    }
  }

  void onAnnotation(Consumer<PdfAnnotation> onAnnotation) {
    this.onAnnotation = onAnnotation;
  }

  @Override
  public void addAnnotation(PdfAnnotation annotation) {
    onAnnotation.accept(annotation);
    super.addAnnotation(annotation);
  }
}
