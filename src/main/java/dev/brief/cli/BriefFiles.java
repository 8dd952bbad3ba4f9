package dev.brief.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads briefs shares: which files, how strict, how many jobs. */
final class BriefFiles {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Brief files, or folders to search for *.yaml and *.yml.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--strict",
      description = "Treat warnings as errors: such a brief fails, and nothing is rendered for it.")
  boolean strict;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description =
          "Work on N briefs at a time (default: the number of processors). Output and its order"
              + " are the same for every N.")
  int jobs = Runtime.getRuntime().availableProcessors();

  /** The brief files named or found below the folders named, in a stable order. */
  List<Inputs.Input> expand() throws UserException {
    if (jobs < 1) {
      throw new UserException(ExitCode.USAGE, "--jobs must be 1 or more, not " + jobs);
    }
    List<Inputs.Input> files = Inputs.expand(paths);
    if (files.isEmpty()) {
      throw new UserException(
          ExitCode.USAGE,
          "no *.yaml or *.yml files found in "
              + String.join(", ", paths.stream().map(Path::toString).toList()));
    }
    return files;
  }
}
