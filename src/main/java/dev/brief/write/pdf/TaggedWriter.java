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
    PdfDocument pdf = new PdfDocument();
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    document.addDocListener(pdf);
    TaggedWriter writer = new TaggedWriter(pdf, out);
    writer.setCompressionLevel(Fonts.COMPRESSION);
    pdf.addWriter(writer);
    return writer;
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
