package dev.brief.report;

import static java.util.Objects.requireNonNull;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.NotShown;
import dev.brief.diagnostic.Rule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What checking one file found: its diagnostics in file order, whether it fails the run (it has
 * errors, or any diagnostic under {@code --strict}), and for render the output written for it
 * ({@code -} for standard output), if one was, or why none was for a file that does not fail (its
 * output was another brief's in this run; the run's template has problems), and the problems past
 * the cap on how many are shown. The caller decides {@code failed}, so reports never need to know
 * how a file came to fail.
 */
public record FileResult(
    String file,
    List<Diagnostic> diagnostics,
    boolean failed,
    Optional<String> output,
    Optional<String> notWritten,
    NotShown notShown) {
  public FileResult {
    requireNonNull(file, "file");
    diagnostics = List.copyOf(diagnostics);
    requireNonNull(output, "output");
    requireNonNull(notWritten, "notWritten");
    requireNonNull(notShown, "notShown");
  }

  /** A file whose problems are all shown. */
  public FileResult(
      String file,
      List<Diagnostic> diagnostics,
      boolean failed,
      Optional<String> output,
      Optional<String> notWritten) {
    this(file, diagnostics, failed, output, notWritten, NotShown.NONE);
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

  /** This result, with the problems past the cap that {@code notShown} counts. */
  public FileResult counting(NotShown notShown) {
    return new FileResult(file, diagnostics, failed, output, notWritten, notShown);
  }

  /**
   * The errors found, those past the cap too; the {@code too-many-problems} line that stands for
   * them is not one itself.
   */
  int errors() {
    return (int) problems().filter(Diagnostic::isError).count() + notShown.errors();
  }

  /** The warnings found, counted as {@link #errors} are. */
  int warnings() {
    return (int) problems().filter(d -> !d.isError()).count() + notShown.warnings();
  }

  private Stream<Diagnostic> problems() {
    return diagnostics.stream().filter(d -> d.rule() != Rule.TOO_MANY_PROBLEMS);
  }
}
