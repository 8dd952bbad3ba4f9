package dev.brief.cli;

import dev.brief.diagnostic.BriefException;
import dev.brief.engine.Checked;
import dev.brief.engine.Engine;
import dev.brief.report.FileResult;
import dev.brief.report.Report;
import dev.brief.report.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
  private final Context context;

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

  @Mixin ReportOption reportOption;

  ValidateCommand(Context context) {
    this.context = context;
  }

  /**
   * The name {@code validate} took its report format by before {@code --report}; kept for scripts.
   */
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = ReportOption.Names.class,
      description = "The same as --report.")
  void format(Report report) {
    reportOption.report = report;
  }

  @Override
  public Integer call() throws UserException, BriefException {
    List<Inputs.Input> files = input.expand();
    Reporting reporting = Reporting.of(context, reportOption, "validate", input.strict);
    Engine engine = Engine.builder().build();
    List<FileResult> results = new ArrayList<>();
    Pool.run(
        files,
        input.jobs,
        file -> result(Loader.load(engine, file.file(), reporting.name(file.file()))),
        results::add);
    Summary summary = Summary.of(results);
    reporting.report().write(reporting.run(), results, summary, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    reporting.summarize(results, summary);
    return input.exitCode(summary.invalid() == 0 ? ExitCode.OK.code : ExitCode.INVALID.code);
  }

  private FileResult result(Checked checked) {
    return new FileResult(checked.file(), checked.diagnostics(), checked.fails(input.strict));
  }
}
