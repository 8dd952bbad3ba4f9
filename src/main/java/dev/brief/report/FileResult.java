package dev.brief.report;

import static java.util.Objects.requireNonNull;

import dev.brief.diagnostic.Diagnostic;
import java.util.List;

/**
 * What checking one file found: its diagnostics in file order, and whether it fails the run (it has
 * errors, or any diagnostic under {@code --strict}). The caller decides {@code failed}, so reports
 * never need to know how strict the run was.
 */
public record FileResult(String file, List<Diagnostic> diagnostics, boolean failed) {
  public FileResult {
    requireNonNull(file, "file");
    diagnostics = List.copyOf(diagnostics);
  }
}
