package dev.brief.report;

import dev.brief.diagnostic.Diagnostic;

/**
 * GitHub Actions workflow commands, which annotate the lines of a pull request, then the summary
 * line (which the runner shows as plain log text). Under {@code --strict} a warning fails the job,
 * so it is annotated as an error.
 */
final class GithubReport extends LineReport {
  @Override
  public String name() {
    return "github";
  }

  /** {@code ::error file=F,line=L,col=C,title=brief rule::message}. */
  @Override
  String line(Diagnostic d, boolean strict) {
    return "::"
        + (strict ? "error" : d.severity().label())
        + " file="
        + escapeProperty(d.file())
        + ",line="
        + d.line()
        + ",col="
        + d.column()
        + ",title="
        + escapeProperty("brief " + d.rule().id())
        + "::"
        + escapeData(d.message());
  }

  /**
   * An annotation on the brief whose output was not written, so that the job's page shows it: the
   * run exits 3 for it, and a plain log line is easy to miss.
   */
  @Override
  public String notWritten(String file, String why) {
    return "::error file=" + escapeProperty(file) + ",title=brief output::" + escapeData(why);
  }

  /**
   * The message after {@code ::}. The runner reads a line break as the end of the command and
   * {@code %} as the start of an escape, so those are escaped as the Actions toolkit does.
   */
  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as data, and also {@code :} and {@code ,}, which end a property. */
  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
