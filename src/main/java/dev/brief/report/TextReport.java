package dev.brief.report;

import java.io.PrintWriter;
import java.util.List;

/** Compiler-style lines, {@code file:line:col: error: message [rule]}, then the summary line. */
final class TextReport implements Report {
  @Override
  public String name() {
    return "text";
  }

  @Override
  public void write(List<FileResult> results, Summary summary, PrintWriter out) {
    for (FileResult result : results) {
      result.diagnostics().forEach(d -> out.println(d.format()));
    }
    out.println(summary.line());
  }
}
