package dev.brief.cli;

import dev.brief.diagnostic.BriefException;
import dev.brief.engine.Checked;
import dev.brief.engine.Engine;
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
  @Spec CommandSpec spec;

  @Mixin BriefFiles input;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.text;

  @Override
  public Integer call() throws UserException, BriefException {
    List<Inputs.Input> files = input.expand();
    Engine engine = Engine.builder().build();
    List<Checked> results = new ArrayList<>();
    Pool.run(files, input.jobs, file -> Loader.load(engine, file.file()), results::add);
    Report.Summary summary = Report.Summary.of(results, input.strict);
    Report.print(spec.commandLine().getOut(), format, results, summary);
    return summary.invalid() == 0 ? ExitCode.OK.code : ExitCode.INVALID.code;
  }
}
