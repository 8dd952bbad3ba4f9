package dev.brief.report;

import static java.util.Objects.requireNonNull;

import dev.brief.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What checking one file found: its diagnostics in file order, whether it fails the run (it has
 * errors, or any diagnostic under {@code --strict}), and for render the output written for it
 * ({@code -} for standard output), if one was. The caller decides {@code failed}, so reports never
 * need to know how a file came to fail.
 */
public record FileResult(
    String file, List<Diagnostic> diagnostics, boolean failed, Optional<String> output) {
  public FileResult {
    requireNonNull(file, "file");
    diagnostics = List.copyOf(diagnostics);
    requireNonNull(output, "output");
  }

  /** A checked file, for which nothing is written. */
  public FileResult(String file, List<Diagnostic> diagnostics, boolean failed) {
    this(file, diagnostics, failed, Optional.empty());
  }

  int errors() {
    return (int) diagnostics.stream().filter(Diagnostic::isError).count();
  }

  int warnings() {
    return diagnostics.size() - errors();
  }
}
