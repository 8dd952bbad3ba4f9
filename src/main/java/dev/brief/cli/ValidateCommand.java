package dev.brief.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "validate",
    description = {
      "Check briefs against the schema and the semantic rules.",
      "Prints one line per problem (file:line:col: severity: message [rule]) and a summary."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Brief files, or folders to search for *.yaml and *.yml.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.text;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Override
  public Integer call() throws UserException {
    List<Path> files = Inputs.expand(paths);
    if (files.isEmpty()) {
      throw new UserException(ExitCode.USAGE, "no *.yaml or *.yml files found in " + paths);
    }
    Loader loader = new Loader();
    List<Loader.Loaded> results = new ArrayList<>();
    for (Path file : files) {
      results.add(loader.load(file));
    }
    Report.Summary summary = Report.Summary.of(results, strict);
    Report.print(spec.commandLine().getOut(), format, results, summary);
    return summary.invalid() == 0 ? ExitCode.OK.code : ExitCode.INVALID.code;
  }
}
