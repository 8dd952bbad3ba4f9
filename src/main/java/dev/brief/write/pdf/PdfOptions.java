package dev.brief.write.pdf;

import static java.util.Objects.requireNonNull;

import dev.brief.theme.PdfStandard;
import java.util.EnumSet;
import java.util.Set;

/**
 * How PDFs are written: {@code creator} names the tool in the document's metadata ("brief 1.2.0");
 * {@code standards} are the standards every PDF declares and is written to meet (PDF/UA-1 by
 * default). Options the PDF writer gains belong here, not in more parameters.
 */
public record PdfOptions(String creator, Set<PdfStandard> standards) {
  public PdfOptions {
    requireNonNull(creator, "creator");
    standards = Set.copyOf(standards);
  }

  /** Options for PDF/UA-1, the default. */
  public PdfOptions(String creator) {
    this(creator, EnumSet.of(PdfStandard.UA_1));
  }

  /** The PDF/A level asked for, if any. */
  PdfStandard archival() {
    return standards.stream().filter(PdfStandard::archival).findFirst().orElse(null);
  }
}
