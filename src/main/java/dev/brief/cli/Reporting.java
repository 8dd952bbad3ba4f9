package dev.brief.cli;

import dev.brief.engine.Engine;
import dev.brief.report.FileResult;
import dev.brief.report.Report;
import dev.brief.report.Run;
import dev.brief.report.StepSummary;
import dev.brief.report.Summary;
import java.nio.file.Path;
import java.util.List;

/**
 * How one validate or render run reports: the report chosen, what the report is told about the run,
 * the names files are shown under, and in GitHub Actions the step summary.
 *
 * <p>Files are shown as the command line names them, except in GitHub Actions, where a file in the
 * workspace is shown relative to it (as annotations need), and in a SARIF report, where a file
 * below the source root (the workspace, else the working folder) is shown relative to that root,
 * which the log names as {@code %SRCROOT%}.
 */
final class Reporting {
  private final Report report;
  private final Run run;
  private final GithubActions github;
  private final Path base;

  private Reporting(Report report, Run run, GithubActions github, Path base) {
    this.report = report;
    this.run = run;
    this.github = github;
    this.base = base;
  }

  static Reporting of(Context context, ReportOption option, String command, boolean strict) {
    GithubActions github = GithubActions.of(context);
    Report report = option.choose(github);
    Path root = github.workspace().orElse(Path.of("").toAbsolutePath().normalize());
    Run run = new Run(command, Engine.version(), strict, uri(root));
    boolean relative = github.active() || report.name().equals("sarif");
    return new Reporting(report, run, github, relative ? root : null);
  }

  /** The run as a report is told it, for a run that stopped on a usage error. */
  static Run stopped(ReportOption.Requested requested) {
    return new Run(
        requested.command(),
        Engine.version(),
        requested.strict(),
        uri(Path.of("").toAbsolutePath()));
  }

  /** A folder as a {@code file:} URI that ends in {@code /}, as a SARIF base URI must. */
  private static String uri(Path folder) {
    String uri = folder.toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  Report report() {
    return report;
  }

  Run run() {
    return run;
  }

  /** The name {@code file} is shown under in this run's messages and reports. */
  String name(Path file) {
    if (base == null) {
      return file.toString();
    }
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(base) || absolute.equals(base)) {
      return file.toString();
    }
    StringBuilder name = new StringBuilder();
    for (Path part : base.relativize(absolute)) {
      name.append(name.isEmpty() ? "" : "/").append(part);
    }
    return name.toString();
  }

  /** Appends the step summary of {@code results}, in a GitHub Actions run that has one. */
  void summarize(List<FileResult> results, Summary summary) throws UserException {
    if (github.active()) {
      github.appendSummary(StepSummary.of(run, results, summary));
    }
  }
}
