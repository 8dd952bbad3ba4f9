package dev.brief.write.pdf;

import static java.util.Objects.requireNonNull;

import dev.brief.theme.PdfStandard;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How PDFs are written: {@code creator} names the tool in the document's metadata ("brief 1.2.0");
 * {@code fontFiles} are the fonts the theme's fallback list names by path, by that path; {@code
 * standards} are the standards every PDF declares and is written to meet (PDF/UA-1 by default).
 * Options the PDF writer gains belong here, not in more parameters.
 */
public record PdfOptions(
    String creator, Map<String, FontFile> fontFiles, Set<PdfStandard> standards) {
  public PdfOptions {
    requireNonNull(creator, "creator");
    fontFiles = Map.copyOf(fontFiles);
    standards = Set.copyOf(standards);
  }

  /** Options with no font files, for PDF/UA-1. */
  public PdfOptions(String creator) {
    this(creator, Map.of(), EnumSet.of(PdfStandard.UA_1));
  }

  /** The PDF/A level asked for, if any. */
  PdfStandard archival() {
    return standards.stream().filter(PdfStandard::archival).findFirst().orElse(null);
  }
}
