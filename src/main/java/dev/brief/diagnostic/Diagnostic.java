package dev.brief.diagnostic;

import static java.util.Objects.requireNonNull;

/**
 * One problem at one place in one file. {@code line} and {@code column} are 1-based; {@code path}
 * is the field path in the brief ({@code position.quotes[0].speaker}), empty for the whole file;
 * {@code rule} is the catalogued rule it breaks, whose id CI and editors match on.
 */
public record Diagnostic(
    String file, int line, int column, Severity severity, Rule rule, String path, String message) {
  public Diagnostic {
    requireNonNull(file, "file");
    requireNonNull(severity, "severity");
    requireNonNull(rule, "rule");
    requireNonNull(path, "path");
    message = OneLine.of(requireNonNull(message, "message"));
  }

  /** A problem at the severity its rule is reported at. */
  public static Diagnostic of(
      Rule rule, String file, int line, int column, String path, String message) {
    return new Diagnostic(file, line, column, rule.defaultSeverity(), rule, path, message);
  }

  public static Diagnostic error(
      String file, int line, int column, Rule rule, String path, String message) {
    return new Diagnostic(file, line, column, Severity.ERROR, rule, path, message);
  }

  public static Diagnostic warning(
      String file, int line, int column, Rule rule, String path, String message) {
    return new Diagnostic(file, line, column, Severity.WARNING, rule, path, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The compiler-style line: {@code file:line:col: error: message [rule]}. */
  public String format() {
    return file
        + ":"
        + line
        + ":"
        + column
        + ": "
        + severity.label()
        + ": "
        + message
        + " ["
        + rule.id()
        + "]";
  }
}
