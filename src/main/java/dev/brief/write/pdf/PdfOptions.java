package dev.brief.write.pdf;

import static java.util.Objects.requireNonNull;

/**
 * How PDFs are written: {@code creator} names the tool in the document's metadata ("brief 1.2.0").
 * Options the PDF writer gains (conformance levels, tagging) belong here, not in more parameters.
 */
public record PdfOptions(String creator) {
  public PdfOptions {
    requireNonNull(creator, "creator");
  }
}
