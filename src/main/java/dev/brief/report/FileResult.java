package dev.brief.report;

import static java.util.Objects.requireNonNull;

import dev.brief.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What checking one file found: its diagnostics in file order, whether it fails the run (it has
 * errors, or any diagnostic under {@code --strict}), and for render the output written for it
 * ({@code -} for standard output), if one was, or why none was for a file that does not fail (its
 * output was another brief's in this run; the run's template has problems). The caller decides
 * {@code failed}, so reports never need to know how a file came to fail.
 */
public record FileResult(
    String file,
    List<Diagnostic> diagnostics,
    boolean failed,
    Optional<String> output,
    Optional<String> notWritten) {
  public FileResult {
    requireNonNull(file, "file");
    diagnostics = List.copyOf(diagnostics);
    requireNonNull(output, "output");
    requireNonNull(notWritten, "notWritten");
  }

  /** A file whose output was written, or that failed. */
  public FileResult(
      String file, List<Diagnostic> diagnostics, boolean failed, Optional<String> output) {
    this(file, diagnostics, failed, output, Optional.empty());
  }

  /** A checked file, for which nothing is written. */
  public FileResult(String file, List<Diagnostic> diagnostics, boolean failed) {
    this(file, diagnostics, failed, Optional.empty());
  }

  /** A file that does not fail, but for which nothing was written, and why. */
  public static FileResult notWritten(String file, List<Diagnostic> diagnostics, String reason) {
    return new FileResult(file, diagnostics, false, Optional.empty(), Optional.of(reason));
  }

  int errors() {
    return (int) diagnostics.stream().filter(Diagnostic::isError).count();
  }

  int warnings() {
    return diagnostics.size() - errors();
  }
}
