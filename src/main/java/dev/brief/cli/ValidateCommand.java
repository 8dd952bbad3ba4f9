package dev.brief.cli;

import dev.brief.diagnostic.BriefException;
import dev.brief.engine.Checked;
import dev.brief.engine.Engine;
import dev.brief.report.FileResult;
import dev.brief.report.Report;
import dev.brief.report.Reports;
import dev.brief.report.Summary;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check briefs against the schema and the semantic rules.",
      "",
      "Prints one line per problem (file:line:col: severity: message [rule]), then a summary"
          + " line; the report goes to standard output. Exit 0 when every brief is valid."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BriefFiles input;

  @Option(
      names = "--strict",
      description =
          "Treat warnings as errors: a brief with warnings counts as invalid, and the run exits"
              + " 1.")
  void strict(boolean strict) {
    input.strict = strict;
  }

  private Report report;

  /** Checked as picocli checks an enum, with its words, so a mistyped name fails while parsing. */
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      completionCandidates = ReportNames.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  void format(String name) {
    report =
        Reports.named(name)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "Invalid value for option '--format': expected one of "
                            + Reports.names()
                            + " (case-insensitive) but was '"
                            + name
                            + "'"));
  }

  @Override
  public Integer call() throws UserException, BriefException {
    List<Inputs.Input> files = input.expand();
    Engine engine = Engine.builder().build();
    List<FileResult> results = new ArrayList<>();
    Pool.run(files, input.jobs, file -> result(Loader.load(engine, file.file())), results::add);
    Summary summary = Summary.of(results);
    report.write(results, summary, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return input.exitCode(summary.invalid() == 0 ? ExitCode.OK.code : ExitCode.INVALID.code);
  }

  private FileResult result(Checked checked) {
    return new FileResult(checked.file(), checked.diagnostics(), checked.fails(input.strict));
  }

  /** Completion candidates, and the names help lists, from the registry. */
  static final class ReportNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Reports.names().iterator();
    }
  }
}
