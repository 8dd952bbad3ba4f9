package dev.brief.cli;

import dev.brief.report.Report;
import dev.brief.report.Reports;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --report FORMAT}, which validate and render share: how diagnostics are printed. Left out,
 * it is {@code github} in a GitHub Actions run and {@code text} elsewhere.
 */
final class ReportOption {
  static final String NAME = "--report";

  Report report;

  /** Adds {@code --report} to {@code spec}. */
  void addTo(CommandSpec spec) {
    Specs.option(
        spec,
        OptionSpec.builder(NAME)
            // Not FORMAT, render's label for -f: picocli's completion script keys values by the
            // label.
            .paramLabel("REPORT")
            .type(Report.class)
            .completionCandidates(new Names())
            .converters(new Names())
            .description(
                "Report format: ${COMPLETION-CANDIDATES} (default: text; github when GITHUB_ACTIONS"
                    + " is true)."),
        () -> report,
        value -> report = value);
  }

  /** The report asked for, else the one this environment calls for. */
  Report choose(GithubActions github) {
    if (report != null) {
      return report;
    }
    return Reports.named(github.active() ? "github" : "text").orElseThrow();
  }

  /**
   * What the command line of a run that stopped before its report says about that report: the
   * command, the report asked for, whether {@code --strict} was given, and for render whether the
   * memo goes to standard output ({@code -o -}), where the report must then not go.
   */
  record Requested(String command, Report report, boolean strict, boolean memoOnStdout) {}

  /**
   * The report that {@code args} ask for, read without picocli, for a run whose command line does
   * not parse: {@code --report}, and for validate its alias {@code --format}; the last one counts.
   */
  static Optional<Requested> requested(String[] args) {
    String command = null;
    Set<String> names = Set.of();
    Optional<Report> found = Optional.empty();
    boolean strict = false;
    boolean memoOnStdout = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (command == null) {
        if (!arg.startsWith("-")) {
          command = arg;
          names = arg.equals("validate") ? Set.of(NAME, "--format") : Set.of(NAME);
        }
        continue;
      }
      if (arg.equals("--")) {
        break;
      }
      strict |= arg.equals("--strict");
      if (command.equals("render") && arg.startsWith("-o") && arg.length() > 2) {
        memoOnStdout = arg.substring(arg.charAt(2) == '=' ? 3 : 2).equals("-");
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      boolean output = command.equals("render") && (name.equals("-o") || name.equals("--output"));
      if (!names.contains(name) && !output) {
        continue;
      }
      String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : "";
      if (output) {
        memoOnStdout = value.equals("-");
      } else {
        found = Reports.named(value);
      }
    }
    String named = command == null ? "brief" : command;
    boolean strictRun = strict;
    boolean stdout = memoOnStdout;
    return found.map(report -> new Requested(named, report, strictRun, stdout));
  }

  /** The reports' names, as completion candidates and as a converter worded as for an enum. */
  static final class Names implements Iterable<String>, ITypeConverter<Report> {
    @Override
    public Iterator<String> iterator() {
      return Reports.names().iterator();
    }

    @Override
    public Report convert(String value) {
      return Reports.named(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "expected one of "
                          + Reports.names()
                          + " (case-insensitive) but was '"
                          + value
                          + "'"));
    }
  }
}
