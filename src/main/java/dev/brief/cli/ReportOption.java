package dev.brief.cli;

import dev.brief.report.Report;
import dev.brief.report.Reports;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --report FORMAT}, which validate and render share: how diagnostics are printed. Left out,
 * it is {@code github} in a GitHub Actions run and {@code text} elsewhere.
 */
final class ReportOption {
  static final String NAME = "--report";

  @Option(
      names = NAME,
      paramLabel = "FORMAT",
      completionCandidates = Names.class,
      converter = Names.class,
      description =
          "Report format: ${COMPLETION-CANDIDATES} (default: text; github when GITHUB_ACTIONS"
              + " is true).")
  Report report;

  /** The report asked for, else the one this environment calls for. */
  Report choose(GithubActions github) {
    if (report != null) {
      return report;
    }
    return Reports.named(github.active() ? "github" : "text").orElseThrow();
  }

  /**
   * The report that {@code args} ask for, read without picocli, for a run whose command line does
   * not parse: {@code --report}, and for validate its alias {@code --format}; the last one counts.
   */
  static Optional<Report> requested(String[] args) {
    Set<String> names = null;
    Optional<Report> found = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (names == null) {
        if (!arg.startsWith("-")) {
          names = arg.equals("validate") ? Set.of(NAME, "--format") : Set.of(NAME);
        }
        continue;
      }
      if (arg.equals("--")) {
        break;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (!names.contains(name)) {
        continue;
      }
      String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : "";
      found = Reports.named(value);
    }
    return found;
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
