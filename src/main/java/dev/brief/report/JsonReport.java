package dev.brief.report;

import dev.brief.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/**
 * One JSON object: the counts, then every diagnostic one to a line, so a diff of two reports reads
 * like a diff of text ones.
 */
final class JsonReport implements Report {
  @Override
  public String name() {
    return "json";
  }

  @Override
  public void write(List<FileResult> results, Summary summary, PrintWriter out) {
    out.print("{\"files\":" + summary.files());
    out.print(",\"invalid\":" + summary.invalid());
    out.print(",\"errors\":" + summary.errors());
    out.print(",\"warnings\":" + summary.warnings());
    out.print(",\"diagnostics\":[");
    String comma = "";
    for (FileResult result : results) {
      for (Diagnostic d : result.diagnostics()) {
        out.print(comma + "\n  " + object(d));
        comma = ",";
      }
    }
    out.println(comma.isEmpty() ? "]}" : "\n]}");
  }

  private static String object(Diagnostic d) {
    return "{\"file\":"
        + Json.quote(d.file())
        + ",\"line\":"
        + d.line()
        + ",\"column\":"
        + d.column()
        + ",\"severity\":"
        + Json.quote(d.severity().label())
        + ",\"rule\":"
        + Json.quote(d.rule().id())
        + ",\"path\":"
        + Json.quote(d.path())
        + ",\"message\":"
        + Json.quote(d.message())
        + "}";
  }
}
