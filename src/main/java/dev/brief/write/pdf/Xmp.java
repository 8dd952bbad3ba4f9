package dev.brief.write.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.xml.xmp.DublinCoreSchema;
import com.lowagie.text.xml.xmp.PdfA1Schema;
import com.lowagie.text.xml.xmp.PdfSchema;
import com.lowagie.text.xml.xmp.XmpBasicSchema;
import com.lowagie.text.xml.xmp.XmpMMSchema;
import com.lowagie.text.xml.xmp.XmpWriter;
import dev.brief.theme.PdfStandard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The document's XMP metadata: the same title, author, subject, keywords, tools and dates as the
 * Info dictionary (PDF/A and PDF/UA require them to agree), the document ID that {@link FileId}
 * fills in, and the standards the file claims. PDF/A allows only schemas it knows, so a claim of
 * PDF/UA beside PDF/A carries an extension schema that describes {@code pdfuaid}.
 */
final class Xmp {
  private static final String PDFUA_ID = "http://www.aiim.org/pdfua/ns/id/";

  /** The PDF/A extension schema for pdfuaid:part, as ISO 14289-1 (PDF/UA-1) 5 describes it. */
  private static final String PDFUA_EXTENSION =
      "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
          + "<pdfaSchema:namespaceURI>"
          + PDFUA_ID
          + "</pdfaSchema:namespaceURI>"
          + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
          + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaProperty:name>part</pdfaProperty:name>"
          + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
          + "<pdfaProperty:category>internal</pdfaProperty:category>"
          + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
          + "</pdfaProperty:description>"
          + "</rdf:li></rdf:Seq></pdfaSchema:property>"
          + "</rdf:li></rdf:Bag></pdfaExtension:schemas>";

  private static final String EXTENSION_NAMESPACES =
      "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
          + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
          + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";

  /** What the metadata says; {@code author} and {@code keywords} may be null. */
  record Fields(
      String title,
      String author,
      String subject,
      String keywords,
      String creator,
      PdfDate date,
      Set<PdfStandard> standards) {}

  private Xmp() {}

  /** The XMP packet, UTF-8, without padding: the same fields give the same bytes. */
  static byte[] of(Fields fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XmpWriter xmp = new XmpWriter(out, XmpWriter.UTF8, 0)) {
      DublinCoreSchema dc = new DublinCoreSchema();
      dc.addTitle(fields.title());
      if (fields.author() != null) {
        dc.addAuthor(fields.author());
      }
      dc.addDescription(fields.subject());
      dc.setProperty(DublinCoreSchema.FORMAT, "application/pdf");
      xmp.addRdfDescription(dc);
      PdfSchema pdf = new PdfSchema();
      pdf.addProducer(Document.getVersion());
      if (fields.keywords() != null) {
        pdf.addKeywords(fields.keywords());
      }
      xmp.addRdfDescription(pdf);
      XmpBasicSchema basic = new XmpBasicSchema();
      basic.addCreatorTool(fields.creator());
      basic.addCreateDate(fields.date().getW3CDate());
      basic.addModDate(fields.date().getW3CDate());
      basic.addMetaDataDate(fields.date().getW3CDate());
      xmp.addRdfDescription(basic);
      XmpMMSchema mm = new XmpMMSchema();
      mm.setProperty(XmpMMSchema.DOCUMENTID, "xmp.did:" + FileId.placeholderHex());
      xmp.addRdfDescription(mm);
      PdfStandard archival =
          fields.standards().stream().filter(PdfStandard::archival).findFirst().orElse(null);
      if (archival != null) {
        PdfA1Schema pdfa = new PdfA1Schema();
        pdfa.addPart(Integer.toString(archival.part()));
        pdfa.addConformance(archival.conformance());
        xmp.addRdfDescription(pdfa);
      }
      if (fields.standards().contains(PdfStandard.UA_1)) {
        xmp.addRdfDescription(
            "xmlns:pdfuaid=\"" + PDFUA_ID + "\"", "<pdfuaid:part>1</pdfuaid:part>");
        if (archival != null) {
          xmp.addRdfDescription(EXTENSION_NAMESPACES, PDFUA_EXTENSION);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }
}
