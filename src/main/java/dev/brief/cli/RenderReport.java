package dev.brief.cli;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.ProblemCap;
import dev.brief.report.FileResult;
import dev.brief.report.Summary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What render prints about its briefs. A line report (text, github) goes to standard error as each
 * brief is done, and the paths written go to standard output. A document report (json, sarif,
 * junit) is written whole at the end instead of the paths: to standard output, or to standard error
 * when the memo itself goes to standard output ({@code -o -}). In GitHub Actions the step summary
 * follows.
 */
final class RenderReport {
  private final Reporting reporting;
  private final PrintWriter err;
  private final PrintWriter document;
  private final List<FileResult> results = new ArrayList<>();

  RenderReport(Reporting reporting, PrintWriter out, PrintWriter err, boolean memoOnStdout) {
    this.reporting = reporting;
    this.err = err;
    this.document = memoOnStdout ? err : out;
  }

  /** Whether the paths written are printed, one a line: not when a document holds them. */
  boolean printsPaths() {
    return !reporting.report().isDocument();
  }

  /** Prints {@code diagnostics} now, if this report is lines. */
  void print(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      reporting.report().line(reporting.run(), d).ifPresent(err::println);
    }
  }

  /** Prints and records the problems of the run's template or theme, one result a file. */
  void engine(List<ProblemCap.Capped> files, boolean strict) {
    for (ProblemCap.Capped file : files) {
      List<Diagnostic> found = file.shown();
      print(found);
      results.add(
          new FileResult(
                  found.get(0).file(),
                  found,
                  strict || found.stream().anyMatch(Diagnostic::isError),
                  Optional.empty())
              .counting(file.notShown()));
    }
  }

  /** Prints now why {@code file}'s output was not written, as the report words it. */
  void notWritten(String file, String why) {
    err.println(reporting.report().notWritten(file, why));
  }

  /** Records one brief's result, its diagnostics already printed. */
  void add(FileResult result) {
    results.add(result);
  }

  /** Writes the document report, if this is one, then the step summary. */
  void finish() throws UserException {
    Summary summary = Summary.of(results);
    if (reporting.report().isDocument()) {
      reporting.report().write(reporting.run(), results, summary, document);
      document.flush();
    }
    err.flush();
    reporting.summarize(results, summary);
  }
}
