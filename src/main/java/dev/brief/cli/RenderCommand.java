package dev.brief.cli;

import dev.brief.diagnostic.BriefException;
import dev.brief.report.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render briefs as memos: PDF (default), Markdown or HTML.",
      "",
      "Each output goes beside its brief with the new extension unless -o or --out-dir says"
          + " otherwise; every path written is printed. An invalid brief is reported as by"
          + " validate, and nothing is written for it. Set SOURCE_DATE_EPOCH to fix the dates"
          + " written into PDFs."
    })
final class RenderCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin BriefFiles input;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.pdf;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE, or to standard output with -o - (one brief only).")
  Path output;

  @Option(names = "--out-dir", paramLabel = "DIR", description = "Write every output into DIR.")
  Path outDir;

  @Option(
      names = "--template",
      paramLabel = "FILE",
      description =
          "Use this Mustache template instead of the built-in memo; partials resolve beside it.")
  Path template;

  @Option(
      names = "--theme",
      paramLabel = "FILE",
      description = "Use this YAML theme for PDF and HTML; it extends the default theme.")
  Path theme;

  RenderCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws UserException {
    List<Path> files = input.expand();
    if (output != null && files.size() > 1) {
      throw new UserException(
          ExitCode.USAGE, "-o takes one brief, but " + files.size() + " were given; use --out-dir");
    }
    if (output != null && outDir != null) {
      throw new UserException(ExitCode.USAGE, "-o and --out-dir cannot be used together");
    }
    PrintWriter err = spec.commandLine().getErr();
    Renderer renderer;
    try {
      renderer = Renderer.create(format, template, theme, timestampOverride());
    } catch (BriefException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
      err.flush();
      return ExitCode.INVALID.code;
    }
    renderer.templateWarnings().forEach(d -> err.println(d.format()));
    if (input.strict && !renderer.templateWarnings().isEmpty()) {
      err.flush();
      return ExitCode.INVALID.code;
    }
    Loader loader = new Loader();
    Map<Path, Path> written = new HashMap<>();
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    for (Path file : files) {
      outcomes.merge(renderOne(loader, renderer, file, files, written), 1, Integer::sum);
    }
    int failed = files.size() - outcomes.getOrDefault(Outcome.WRITTEN, 0);
    if (failed > 0) {
      err.println(
          "brief: " + failed + " of " + Summary.plural(files.size(), "brief") + " not rendered");
    }
    err.flush();
    if (outcomes.containsKey(Outcome.INVALID)) {
      return ExitCode.INVALID.code;
    }
    return outcomes.containsKey(Outcome.NOT_WRITTEN) ? ExitCode.IO.code : ExitCode.OK.code;
  }

  /** What became of one brief: its output was written, it was invalid, or its output was not. */
  private enum Outcome {
    WRITTEN,
    INVALID,
    NOT_WRITTEN
  }

  private Outcome renderOne(
      Loader loader, Renderer renderer, Path file, List<Path> inputs, Map<Path, Path> written)
      throws UserException {
    PrintWriter err = spec.commandLine().getErr();
    Loader.Loaded loaded = loader.load(file);
    loaded.diagnostics().forEach(d -> err.println(d.format()));
    if (loaded.fails(input.strict)) {
      return Outcome.INVALID;
    }
    Renderer.Output rendered = renderer.render(loaded);
    rendered.warnings().forEach(d -> err.println(d.format()));
    if (input.strict && !rendered.warnings().isEmpty()) {
      return Outcome.INVALID;
    }
    if (output != null && output.toString().equals("-")) {
      try {
        context.stdout().write(rendered.bytes());
        context.stdout().flush();
      } catch (IOException e) {
        throw new UserException(
            ExitCode.IO, "cannot write to standard output: " + Inputs.reason(e));
      }
      return Outcome.WRITTEN;
    }
    Path target = target(file);
    refuseInput(target, inputs);
    if (Files.isDirectory(target)) {
      throw new UserException(
          ExitCode.USAGE, target + ": is a folder; give a file name, or use --out-dir");
    }
    Path earlier = written.putIfAbsent(target.toAbsolutePath().normalize(), file);
    if (earlier != null) {
      err.println(
          "brief: "
              + target
              + ": already written for "
              + earlier
              + " in this run; not overwritten with "
              + file
              + " (give the briefs different names, or render them separately)");
      return Outcome.NOT_WRITTEN;
    }
    AtomicFiles.write(target, rendered.bytes(), true);
    spec.commandLine().getOut().println(target);
    spec.commandLine().getOut().flush();
    return Outcome.WRITTEN;
  }

  private Path target(Path input) {
    if (output != null) {
      return output;
    }
    String name = input.getFileName().toString();
    String base = name.substring(0, name.lastIndexOf('.'));
    Path dir = outDir != null ? outDir : input.toAbsolutePath().getParent();
    Path target = dir.resolve(base + "." + format.extension());
    return input.isAbsolute() || outDir != null
        ? target
        : Path.of("").toAbsolutePath().relativize(target);
  }

  /** Never write over a brief given as input, however the two paths are spelled. */
  private static void refuseInput(Path target, List<Path> inputs) throws UserException {
    for (Path input : inputs) {
      try {
        if (Files.exists(target) && Files.isSameFile(target, input)) {
          throw new UserException(
              ExitCode.USAGE, target + ": is an input brief; refusing to overwrite it");
        }
      } catch (IOException e) {
        throw new UserException(ExitCode.IO, target + ": cannot check: " + Inputs.reason(e));
      }
    }
  }

  /** SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes the dates written into PDFs. */
  private Instant timestampOverride() throws UserException {
    var value = context.getenv("SOURCE_DATE_EPOCH");
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(value.get().strip()))
          .atOffset(ZoneOffset.UTC)
          .toInstant();
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new UserException(
          ExitCode.USAGE,
          "SOURCE_DATE_EPOCH is '" + value.get() + "'; it must be whole seconds since 1970-01-01");
    }
  }
}
