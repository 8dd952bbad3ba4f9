package dev.brief.report;

import dev.brief.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * One way to print a run's results. An implementation is stateless and is listed once in {@link
 * Reports}. A report is either lines, one a diagnostic, that a command may print as each file is
 * done ({@link #line} is present: text, github), or one document written whole at the end (json,
 * sarif, junit).
 */
public interface Report {
  /** The name users give to {@code --report}: lowercase, stable. */
  String name();

  /**
   * Writes {@code results}, in their order, and {@code summary} to {@code out}. The caller owns
   * {@code out} and flushes it.
   */
  void write(Run run, List<FileResult> results, Summary summary, PrintWriter out);

  /** Whether the report is one document written whole, rather than lines that may come singly. */
  default boolean isDocument() {
    return true;
  }

  /** The line that stands for {@code d} as it comes; empty for a report that is one document. */
  default Optional<String> line(Run run, Diagnostic d) {
    return Optional.empty();
  }

  /**
   * The line that says, as it comes, why no output was written for {@code file}, a brief that does
   * not fail (another brief of the run wrote that path): a {@code brief:} line unless the report
   * has its own way of saying it.
   */
  default String notWritten(String file, String why) {
    return "brief: " + why;
  }

  /**
   * Writes, for a run that stopped before its results (a usage error), what this report makes of
   * that: nothing, unless the report is read by a program that would otherwise find no document.
   */
  default void writeError(Run run, String message, int exitCode, PrintWriter out) {}
}
