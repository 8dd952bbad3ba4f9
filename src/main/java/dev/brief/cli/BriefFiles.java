package dev.brief.cli;

import dev.brief.engine.Config;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The options every command that reads briefs shares: which files, how strict, how many jobs. */
final class BriefFiles {
  List<Path> paths = new ArrayList<>();

  String stdinName = "<stdin>";

  Path filesFrom;

  List<String> exclude = new ArrayList<>();

  /** {@code --strict}, which each command declares, in its own words. */
  boolean strict;

  int jobs = Runtime.getRuntime().availableProcessors();

  Path configFile;

  boolean noConfig;

  /** The command these options are part of. */
  private CommandSpec spec;

  /** Adds these options and the paths to {@code spec}, the model of a command reading briefs. */
  void addTo(CommandSpec spec) {
    this.spec = spec;
    Specs.option(
        spec,
        OptionSpec.builder("--stdin-name")
            .paramLabel("NAME")
            .type(String.class)
            .description(
                "The name messages give the brief read from - (default: ${DEFAULT-VALUE})."),
        () -> stdinName,
        value -> stdinName = value);
    Specs.option(
        spec,
        OptionSpec.builder("--files-from")
            .paramLabel("FILE")
            .type(Path.class)
            .description(
                "Also check the paths listed in FILE (- for standard input), one a line; of files,"
                    + " only *.yaml and *.yml outside hidden folders count. An empty list is a"
                    + " success."),
        () -> filesFrom,
        value -> filesFrom = value);
    Specs.option(
        spec,
        OptionSpec.builder("--exclude")
            .paramLabel("GLOB")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description(
                "Leave out the files and folders GLOB matches (repeatable): without a /, their name"
                    + " at any depth (*.tmp.yaml); with one, their path below the folder named, or"
                    + " as given (drafts/**)."),
        () -> exclude,
        value -> exclude = value);
    Specs.option(
        spec,
        OptionSpec.builder("-j", "--jobs")
            .paramLabel("N")
            .type(int.class)
            .description(
                "Work on N briefs at a time (default: the number of processors). Output and its"
                    + " order are the same for every N."),
        () -> jobs,
        value -> jobs = value);
    Specs.option(
        spec,
        OptionSpec.builder("--config")
            .paramLabel("FILE")
            .type(Path.class)
            .description(
                "Read settings from FILE instead of the nearest .brief.yaml (searched from the"
                    + " working folder up to the repository's root)."),
        () -> configFile,
        value -> configFile = value);
    Specs.option(
        spec,
        OptionSpec.builder("--no-config").type(boolean.class).description("Read no .brief.yaml."),
        () -> noConfig,
        value -> noConfig = value);
    Specs.positional(
        spec,
        PositionalParamSpec.builder()
            .arity("0..*")
            .paramLabel("PATH")
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .description(
                "Brief files, folders to search for *.yaml and *.yml, or - for a brief on standard"
                    + " input."),
        () -> paths,
        value -> paths = value);
  }

  /** The configuration this run reads, once {@link #expand} has found it. */
  private Optional<Configuration> configuration = Optional.empty();

  /**
   * Whether a path named does not exist, or a file or folder below a folder named could not be
   * read, so was not checked.
   */
  private boolean skipped;

  /**
   * The brief files named or found below the folders named, in a stable order. A file or folder
   * that cannot be read below them gets one line on standard error, and the rest is checked.
   */
  List<Inputs.Input> expand(Context context) throws UserException {
    if (jobs < 1) {
      throw new UserException(ExitCode.USAGE, "--jobs must be 1 or more, not " + jobs);
    }
    PrintWriter err = spec.commandLine().getErr();
    configuration = configuration(context, err);
    Excludes excludes = Excludes.of(exclude, "--exclude");
    for (Configuration c : configuration.stream().toList()) {
      for (Config.Value glob : c.config().exclude()) {
        String where = c.config().file() + ":" + glob.line() + ":" + glob.column() + ": exclude";
        excludes = excludes.plus(glob.text(), c.folder(), where);
      }
    }
    List<Path> listed = listed(context);
    Inputs.Expanded expanded =
        Inputs.expand(new Inputs.Request(paths, listed, context.stdin(), stdinName, excludes));
    expanded.skipped().forEach(line -> err.println("brief: " + line));
    expanded.loops().forEach(line -> err.println("brief: " + line));
    err.flush();
    List<Inputs.Input> files = expanded.files();
    skipped =
        !expanded.skipped().isEmpty()
            || files.stream().anyMatch(f -> f.kind() == Inputs.Kind.MISSING);
    // Nothing to check is a mistake in the paths, unless a list or an exclude made it so on
    // purpose, or each brief found was skipped (a line each says why).
    if (files.isEmpty() && filesFrom == null && !expanded.excluded() && !skipped) {
      throw new UserException(
          ExitCode.USAGE,
          "no *.yaml or *.yml files found in "
              + String.join(", ", paths.stream().map(Path::toString).toList()));
    }
    return files;
  }

  /** The configuration read, if any: {@code --config}, else the nearest .brief.yaml. */
  Optional<Configuration> configuration() {
    return configuration;
  }

  private Optional<Configuration> configuration(Context context, PrintWriter err)
      throws UserException {
    if (noConfig && configFile != null) {
      throw new UserException(ExitCode.USAGE, "--config and --no-config cannot be used together");
    }
    if (noConfig) {
      return Optional.empty();
    }
    Optional<Path> file =
        configFile != null ? Optional.of(configFile) : Configuration.find(context.workingDir());
    return file.isEmpty() ? Optional.empty() : Optional.of(Configuration.read(file.get(), err));
  }

  /** The paths of the {@code --files-from} list, none without one. */
  private List<Path> listed(Context context) throws UserException {
    if (filesFrom == null) {
      if (paths.isEmpty()) {
        throw new UserException(
            ExitCode.USAGE,
            "no briefs named; give files or folders, - for standard input, or --files-from FILE");
      }
      return List.of();
    }
    String name = filesFrom.toString();
    if (name.equals(Inputs.STDIN)) {
      if (paths.stream().anyMatch(p -> p.toString().equals(Inputs.STDIN))) {
        throw new UserException(
            ExitCode.USAGE,
            "standard input cannot be both the --files-from list and a brief (-); give one");
      }
      return Inputs.paths("standard input", Inputs.readAll(context.stdin()));
    }
    return Inputs.paths(name, Inputs.read(filesFrom));
  }

  /**
   * The exit code of a run whose work ended with {@code code}: a run that skipped something it was
   * asked to check (or was given a path that does not exist) did not check everything, so it never
   * exits 0; it exits 2 (usage: a file that cannot be read), unless it already fails for another
   * reason.
   */
  int exitCode(int code) {
    return skipped && code == ExitCode.OK.code ? ExitCode.USAGE.code : code;
  }
}
