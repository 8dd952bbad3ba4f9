package dev.brief.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads briefs shares: which files, and how strict to be. */
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

  /** The brief files named or found below the folders named, in a stable order. */
  List<Path> expand() throws UserException {
    List<Path> files = Inputs.expand(paths);
    if (files.isEmpty()) {
      throw new UserException(
          ExitCode.USAGE,
          "no *.yaml or *.yml files found in "
              + String.join(", ", paths.stream().map(Path::toString).toList()));
    }
    return files;
  }
}
