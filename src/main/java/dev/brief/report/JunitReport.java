package dev.brief.report;

import dev.brief.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/**
 * JUnit XML, as CI servers show test results: one testsuite {@code brief}, one testcase a file
 * (class name and name both its path), one {@code <failure>} a diagnostic that fails it (an error,
 * or any diagnostic under {@code --strict}), with the diagnostic's line as its message. Warnings
 * that do not fail the file, and a render's output, go in the testcase's {@code <system-out>}.
 * {@code failures} counts the files that fail, as {@code tests} counts the files. A render's file
 * whose output was not written, though it does not fail, has an {@code <error>} (type {@code
 * not-written}) that says why, and {@code errors} counts such files.
 */
final class JunitReport implements Report {
  @Override
  public String name() {
    return "junit";
  }

  @Override
  public void write(Run run, List<FileResult> results, Summary summary, PrintWriter out) {
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println(
        "<testsuite name=\"brief\" tests=\""
            + summary.files()
            + "\" failures=\""
            + summary.invalid()
            + "\" errors=\""
            + results.stream().filter(r -> r.notWritten().isPresent()).count()
            + "\" skipped=\"0\">");
    for (FileResult result : results) {
      testcase(run, result, out);
    }
    out.println("</testsuite>");
  }

  /**
   * A run stopped before its results (a usage error): one testcase, {@code brief COMMAND}, with an
   * {@code <error>} (type {@code exit-N}) that gives the message, so a CI server's JUnit step finds
   * a report and shows why.
   */
  @Override
  public void writeError(Run run, String message, int exitCode, PrintWriter out) {
    String name = Xml.attribute("brief " + run.command());
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<testsuite name=\"brief\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">");
    out.println("  <testcase classname=\"" + name + "\" name=\"" + name + "\">");
    out.println(
        "    <error message=\""
            + Xml.attribute(message)
            + "\" type=\"exit-"
            + exitCode
            + "\">"
            + Xml.text(message)
            + "</error>");
    out.println("  </testcase>");
    out.println("</testsuite>");
  }

  private static void testcase(Run run, FileResult result, PrintWriter out) {
    String name = Xml.attribute(result.file());
    out.print("  <testcase classname=\"" + name + "\" name=\"" + name + "\"");
    StringBuilder systemOut = new StringBuilder();
    StringBuilder body = new StringBuilder();
    result
        .notWritten()
        .ifPresent(
            why ->
                body.append("    <error message=\"")
                    .append(Xml.attribute(why))
                    .append("\" type=\"not-written\">")
                    .append(Xml.text(why))
                    .append("</error>\n"));
    for (Diagnostic d : result.diagnostics()) {
      if (d.isError() || run.strict()) {
        String line = d.format();
        body.append("    <failure message=\"")
            .append(Xml.attribute(line))
            .append("\" type=\"")
            .append(d.rule().id())
            .append("\">")
            .append(Xml.text(line))
            .append("</failure>\n");
      } else {
        systemOut.append(d.format()).append('\n');
      }
    }
    if (run.renders() && result.notWritten().isEmpty()) { // else its <error> says so, and why
      systemOut
          .append(result.output().map(o -> "written: " + o).orElse("not written"))
          .append('\n');
    }
    if (!systemOut.isEmpty()) {
      body.append("    <system-out>")
          .append(Xml.text(systemOut.toString()))
          .append("</system-out>\n");
    }
    if (body.isEmpty()) {
      out.println("/>");
    } else {
      out.print(">\n" + body + "  </testcase>\n");
    }
  }
}
