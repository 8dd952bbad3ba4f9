package dev.brief.write.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The output intent PDF/A asks for: the colours brief uses are sRGB, so the JDK's own sRGB profile
 * describes them (no profile file ships with brief).
 */
final class OutputIntent {
  private static final String SRGB = "sRGB IEC61966-2.1";

  private OutputIntent() {}

  static void srgb(PdfWriter writer) {
    try {
      writer.setOutputIntents(
          SRGB, null, "http://www.color.org", SRGB, ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the profile is in memory
    }
    // OpenPDF marks the intent GTS_PDFA1 only under its own PDF/A-1 setting; PDF/A-2 uses it too.
    PdfArray intents = writer.getExtraCatalog().getAsArray(PdfName.OUTPUTINTENTS);
    ((PdfDictionary) intents.getPdfObject(0)).put(PdfName.S, PdfName.GTS_PDFA1);
  }
}
