package dev.brief.report;

import dev.brief.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * A report of one line a diagnostic, then the summary line: the shape of the text and GitHub
 * reports, which differ only in how a diagnostic is worded.
 */
abstract class LineReport implements Report {
  /** The one line that stands for {@code d}. */
  abstract String line(Diagnostic d, boolean strict);

  @Override
  public final boolean isDocument() {
    return false;
  }

  @Override
  public final Optional<String> line(Run run, Diagnostic d) {
    return Optional.of(line(d, run.strict()));
  }

  @Override
  public final void write(Run run, List<FileResult> results, Summary summary, PrintWriter out) {
    for (FileResult result : results) {
      result.diagnostics().forEach(d -> out.println(line(d, run.strict())));
    }
    out.println(summary.line());
  }
}
