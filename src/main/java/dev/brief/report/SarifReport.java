package dev.brief.report;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A SARIF 2.1.0 log, as GitHub code scanning and other SARIF viewers read it: one run whose driver
 * lists the whole rule catalogue, and one result a diagnostic, located by a URI relative to {@code
 * %SRCROOT%} (the run's source root). Under {@code --strict} a warning fails the run, so its
 * result's level is {@code error}; the rule's default level stays {@code warning}. A file whose
 * output was not written, though it does not fail, makes the invocation unsuccessful, with a
 * notification that says why.
 */
final class SarifReport implements Report {
  /** brief's home page, the driver's {@code informationUri}. */
  static final String INFORMATION_URI = "https://github.com/brief-dev/brief";

  /** The README's table of rules, every rule's {@code helpUri}. */
  static final String RULES_URI = INFORMATION_URI + "#rules";

  static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

  private static final String SOURCE_ROOT = "%SRCROOT%";

  @Override
  public String name() {
    return "sarif";
  }

  @Override
  public void write(Run run, List<FileResult> results, Summary summary, PrintWriter out) {
    document(run, results, true, () -> invocation(results, out), out);
  }

  /**
   * A run stopped before its results (a usage error): a log with no results whose invocation is
   * unsuccessful, with its exit code and the message as a notification, so that a SARIF upload that
   * follows finds a log and says why.
   */
  @Override
  public void writeError(Run run, String message, int exitCode, PrintWriter out) {
    document(
        run,
        List.of(),
        false, // no results, so no base for their locations
        () ->
            out.println(
                "    \"invocations\": [{\"executionSuccessful\": false, \"exitCode\": "
                    + exitCode
                    + ", \"toolExecutionNotifications\": [{\"level\": \"error\", \"message\":"
                    + " {\"text\": "
                    + Json.quote(message)
                    + "}}]}],"),
        out);
  }

  private static void document(
      Run run, List<FileResult> results, boolean base, Runnable invocation, PrintWriter out) {
    out.println("{");
    out.println("  \"$schema\": " + Json.quote(SCHEMA_URI) + ",");
    out.println("  \"version\": \"2.1.0\",");
    out.println("  \"runs\": [{");
    out.println("    \"tool\": {\"driver\": {");
    out.println("      \"name\": \"brief\",");
    out.println("      \"version\": " + Json.quote(run.version()) + ",");
    out.println("      \"informationUri\": " + Json.quote(INFORMATION_URI) + ",");
    out.print("      \"rules\": [");
    String comma = "";
    for (Rule rule : Rule.values()) {
      out.print(comma + "\n        " + rule(rule));
      comma = ",";
    }
    out.println("\n      ]");
    out.println("    }},");
    if (base) {
      out.println(
          "    \"originalUriBaseIds\": {"
              + Json.quote(SOURCE_ROOT)
              + ": {\"uri\": "
              + Json.quote(run.sourceRoot())
              + "}},");
    }
    invocation.run();
    out.print("    \"results\": [");
    comma = "";
    for (FileResult result : results) {
      for (Diagnostic d : result.diagnostics()) {
        out.print(comma + "\n      " + result(d, run.strict()));
        comma = ",";
      }
    }
    out.println(comma.isEmpty() ? "]" : "\n    ]");
    out.println("  }]");
    out.println("}");
  }

  /**
   * The one invocation: successful unless a file's output was not written though the file does not
   * fail, each such file then a notification that says why.
   */
  private static void invocation(List<FileResult> results, PrintWriter out) {
    List<FileResult> notWritten = results.stream().filter(r -> r.notWritten().isPresent()).toList();
    if (notWritten.isEmpty()) {
      out.println("    \"invocations\": [{\"executionSuccessful\": true}],");
      return;
    }
    out.print(
        "    \"invocations\": [{\"executionSuccessful\": false, \"toolExecutionNotifications\": [");
    String comma = "";
    for (FileResult result : notWritten) {
      out.print(
          comma
              + "\n      {\"level\": \"error\", \"message\": {\"text\": "
              + Json.quote(result.notWritten().orElseThrow())
              + "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": "
              + artifact(result.file())
              + "}}]}");
      comma = ",";
    }
    out.println("\n    ]}],");
  }

  private static String rule(Rule rule) {
    return "{\"id\": "
        + Json.quote(rule.id())
        + ", \"shortDescription\": {\"text\": "
        + Json.quote(rule.summary())
        + "}, \"defaultConfiguration\": {\"level\": "
        + Json.quote(rule.defaultSeverity().label())
        + "}, \"helpUri\": "
        + Json.quote(RULES_URI)
        + "}";
  }

  private static String result(Diagnostic d, boolean strict) {
    String region =
        d.line() < 1
            ? ""
            : ", \"region\": {\"startLine\": "
                + d.line()
                + (d.column() < 1 ? "" : ", \"startColumn\": " + d.column())
                + "}";
    return "{\"ruleId\": "
        + Json.quote(d.rule().id())
        + ", \"ruleIndex\": "
        + d.rule().ordinal()
        + ", \"level\": "
        + Json.quote(strict ? "error" : d.severity().label())
        + ", \"message\": {\"text\": "
        + Json.quote(d.message())
        + "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": "
        + artifact(d.file())
        + region
        + "}}]}";
  }

  /**
   * A file's location: relative to {@code %SRCROOT%}, or, for a name that starts at the root of the
   * file system, an absolute {@code file:} URI.
   */
  static String artifact(String file) {
    if (file.startsWith("/")) {
      return "{\"uri\": " + Json.quote("file://" + encode(file)) + "}";
    }
    return "{\"uri\": " + Json.quote(encode(file)) + ", \"uriBaseId\": \"" + SOURCE_ROOT + "\"}";
  }

  /** A path as a URI path: every byte but unreserved characters and {@code /} percent-encoded. */
  static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
