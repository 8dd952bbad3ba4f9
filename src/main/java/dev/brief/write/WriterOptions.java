package dev.brief.write;

import static java.util.Objects.requireNonNull;

import dev.brief.write.pdf.PdfOptions;

/** The settings writers are made with, one record per format that has any. */
public record WriterOptions(PdfOptions pdf) {
  public WriterOptions {
    requireNonNull(pdf, "pdf");
  }
}
