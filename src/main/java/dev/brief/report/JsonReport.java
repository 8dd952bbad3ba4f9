package dev.brief.report;

import dev.brief.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/**
 * One JSON object, shape {@code "version": 1} (the README documents it): the run, the counts, then
 * every file checked, clean ones too, one to a line with its diagnostics one to a line, so a diff
 * of two reports reads like a diff of text ones. A render report also names each file's output, and
 * why none was written for a file that does not fail ({@code "notWritten"}).
 */
final class JsonReport implements Report {
  /** The version of the shape; a field is only ever added within one version. */
  static final int VERSION = 1;

  @Override
  public String name() {
    return "json";
  }

  @Override
  public void write(Run run, List<FileResult> results, Summary summary, PrintWriter out) {
    out.print(head(run));
    out.print(",\"summary\":{\"files\":" + summary.files());
    out.print(",\"invalid\":" + summary.invalid());
    out.print(",\"errors\":" + summary.errors());
    out.print(",\"warnings\":" + summary.warnings());
    if (run.renders()) {
      out.print(",\"written\":" + results.stream().filter(r -> r.output().isPresent()).count());
    }
    out.print("},\"files\":[");
    String comma = "";
    for (FileResult result : results) {
      out.print(comma + "\n  ");
      file(run, result, out);
      comma = ",";
    }
    out.println(comma.isEmpty() ? "]}" : "\n]}");
  }

  /**
   * The object a run that stopped before checking anything prints: {@code "error"} holds the
   * message and the exit code, and there are no files.
   */
  @Override
  public void writeError(Run run, String message, int exitCode, PrintWriter out) {
    out.println(
        head(run)
            + ",\"error\":{\"exit\":"
            + exitCode
            + ",\"message\":"
            + Json.quote(message)
            + "}}");
  }

  private static String head(Run run) {
    return "{\"version\":"
        + VERSION
        + ",\"command\":"
        + Json.quote(run.command())
        + ",\"strict\":"
        + run.strict();
  }

  private static void file(Run run, FileResult result, PrintWriter out) {
    out.print("{\"path\":" + Json.quote(result.file()));
    out.print(",\"valid\":" + !result.failed());
    if (run.renders()) {
      out.print(",\"output\":" + result.output().map(Json::quote).orElse("null"));
      result.notWritten().ifPresent(why -> out.print(",\"notWritten\":" + Json.quote(why)));
    }
    out.print(",\"errors\":" + result.errors());
    out.print(",\"warnings\":" + result.warnings());
    out.print(",\"diagnostics\":[");
    String comma = "";
    for (Diagnostic d : result.diagnostics()) {
      out.print(comma + "\n    " + object(d));
      comma = ",";
    }
    out.print(comma.isEmpty() ? "]}" : "\n  ]}");
  }

  private static String object(Diagnostic d) {
    return "{\"line\":"
        + d.line()
        + ",\"column\":"
        + d.column()
        + ",\"severity\":"
        + Json.quote(d.severity().label())
        + ",\"rule\":"
        + Json.quote(d.rule().id())
        + ",\"field\":"
        + Json.quote(d.path())
        + ",\"message\":"
        + Json.quote(d.message())
        + "}";
  }
}
