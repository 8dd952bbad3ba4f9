package dev.brief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options every command that reads briefs shares: which files, how strict, how many jobs. */
final class BriefFiles {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Brief files, or folders to search for *.yaml and *.yml.")
  List<Path> paths = new ArrayList<>();

  /** {@code --strict}, which each command declares, in its own words. */
  boolean strict;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description =
          "Work on N briefs at a time (default: the number of processors). Output and its order"
              + " are the same for every N.")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** Whether a file or folder below a folder named could not be read, so was not checked. */
  private boolean skipped;

  /**
   * The brief files named or found below the folders named, in a stable order. A file or folder
   * that cannot be read below them gets one line on standard error, and the rest is checked.
   */
  List<Inputs.Input> expand() throws UserException {
    if (jobs < 1) {
      throw new UserException(ExitCode.USAGE, "--jobs must be 1 or more, not " + jobs);
    }
    Inputs.Expanded expanded = Inputs.expand(paths);
    PrintWriter err = spec.commandLine().getErr();
    expanded.skipped().forEach(line -> err.println("brief: " + line));
    err.flush();
    skipped = !expanded.skipped().isEmpty();
    List<Inputs.Input> files = expanded.files();
    if (files.isEmpty()) {
      throw new UserException(
          ExitCode.USAGE,
          "no *.yaml or *.yml files found in "
              + String.join(", ", paths.stream().map(Path::toString).toList()));
    }
    return files;
  }

  /**
   * The exit code of a run whose work ended with {@code code}: a run that skipped something it was
   * asked to check did not check everything, so it never exits 0; it exits 2 (usage: a file that
   * cannot be read), unless it already fails for another reason.
   */
  int exitCode(int code) {
    return skipped && code == ExitCode.OK.code ? ExitCode.USAGE.code : code;
  }
}
