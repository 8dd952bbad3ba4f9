package dev.brief.write.pdf;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * How PDFs are written: {@code creator} names the tool in the document's metadata ("brief 1.2.0");
 * {@code fontFiles} are the fonts the theme's fallback list names by path, by that path. Options
 * the PDF writer gains (conformance levels, tagging) belong here, not in more parameters.
 */
public record PdfOptions(String creator, Map<String, FontFile> fontFiles) {
  public PdfOptions {
    requireNonNull(creator, "creator");
    fontFiles = Map.copyOf(fontFiles);
  }

  /** Options with no font files. */
  public PdfOptions(String creator) {
    this(creator, Map.of());
  }
}
