package dev.brief.cli;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.engine.Checked;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics and the summary of a run in one of the {@link ReportFormat}s. */
final class Report {
  private Report() {}

  /** Counts over a run. */
  record Summary(int files, int invalid, int errors, int warnings) {
    static Summary of(List<Checked> results, boolean strict) {
      int invalid = 0;
      int errors = 0;
      int warnings = 0;
      for (Checked loaded : results) {
        invalid += loaded.fails(strict) ? 1 : 0;
        for (Diagnostic d : loaded.diagnostics()) {
          errors += d.isError() ? 1 : 0;
          warnings += d.isError() ? 0 : 1;
        }
      }
      return new Summary(results.size(), invalid, errors, warnings);
    }

    String line() {
      return plural(files, "file")
          + " checked: "
          + invalid
          + " invalid, "
          + plural(errors, "error")
          + ", "
          + plural(warnings, "warning");
    }
  }

  static void print(PrintWriter out, ReportFormat format, List<Checked> results, Summary summary) {
    switch (format) {
      case text -> {
        results.forEach(r -> r.diagnostics().forEach(d -> out.println(d.format())));
        out.println(summary.line());
      }
      case github -> {
        results.forEach(r -> r.diagnostics().forEach(d -> out.println(github(d))));
        out.println(summary.line());
      }
      case json -> out.println(json(results, summary));
    }
    out.flush();
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** A workflow command: {@code ::error file=F,line=L,col=C,title=rule::message}. */
  static String github(Diagnostic d) {
    return "::"
        + d.severity().label()
        + " file="
        + githubProperty(d.file())
        + ",line="
        + d.line()
        + ",col="
        + d.column()
        + ",title="
        + githubProperty("brief " + d.rule().id())
        + "::"
        + githubData(d.message());
  }

  private static String githubData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String githubProperty(String s) {
    return githubData(s).replace(":", "%3A").replace(",", "%2C");
  }

  static String json(List<Checked> results, Summary summary) {
    StringBuilder out = new StringBuilder();
    out.append("{\"files\":").append(summary.files());
    out.append(",\"invalid\":").append(summary.invalid());
    out.append(",\"errors\":").append(summary.errors());
    out.append(",\"warnings\":").append(summary.warnings());
    out.append(",\"diagnostics\":[");
    String comma = "";
    for (Checked loaded : results) {
      for (Diagnostic d : loaded.diagnostics()) {
        out.append(comma).append("\n  {\"file\":").append(Json.quote(d.file()));
        out.append(",\"line\":").append(d.line()).append(",\"column\":").append(d.column());
        out.append(",\"severity\":").append(Json.quote(d.severity().label()));
        out.append(",\"rule\":").append(Json.quote(d.rule().id()));
        out.append(",\"path\":").append(Json.quote(d.path()));
        out.append(",\"message\":").append(Json.quote(d.message())).append('}');
        comma = ",";
      }
    }
    return out.append(comma.isEmpty() ? "]}" : "\n]}").toString();
  }
}
