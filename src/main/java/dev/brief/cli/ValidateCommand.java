package dev.brief.cli;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.ProblemCap;
import dev.brief.engine.Checked;
import dev.brief.engine.Engine;
import dev.brief.report.FileResult;
import dev.brief.report.Report;
import dev.brief.report.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

final class ValidateCommand implements Callable<Integer> {
  private final Context context;

  private CommandSpec spec;

  final BriefFiles input = new BriefFiles();

  final ReportOption reportOption = new ReportOption();

  Path theme;

  /**
   * The report {@code --format} names, if it was given: the name {@code validate} took its report
   * format by before {@code --report}; kept for scripts.
   */
  private Report format;

  ValidateCommand(Context context) {
    this.context = context;
  }

  /** picocli's model of {@code validate} (see {@link Specs}). */
  CommandSpec spec() {
    spec =
        Specs.command(
            this,
            "validate",
            "Check briefs against the schema and the semantic rules.",
            "",
            "Prints one line per problem (file:line:col: severity: message [rule]), then a summary"
                + " line; the report goes to standard output. Exit 0 when every brief is valid.");
    input.addTo(spec);
    reportOption.addTo(spec);
    Specs.option(
        spec,
        OptionSpec.builder("--theme")
            .paramLabel("FILE")
            .type(Path.class)
            .description(
                "Check characters against the fonts of this YAML theme (as render --theme) instead"
                    + " of the default theme's."),
        () -> theme,
        value -> theme = value);
    Specs.option(
        spec,
        OptionSpec.builder("--format")
            .paramLabel("FORMAT")
            .type(Report.class)
            .converters(new ReportOption.Names())
            .description("The same as --report."),
        () -> format,
        value -> format = value);
    Specs.option(
        spec,
        OptionSpec.builder("--strict")
            .type(boolean.class)
            .description(
                "Treat warnings as errors: a brief with warnings counts as invalid, and the run"
                    + " exits 1."),
        () -> input.strict,
        value -> input.strict = value);
    return Specs.standardHelp(spec);
  }

  @Override
  public Integer call() throws UserException {
    if (format != null) {
      if (reportOption.report != null) {
        throw new ParameterException(
            spec.commandLine(), "--format and --report both given; use --report");
      }
      reportOption.report = format;
    }
    List<Inputs.Input> files = input.expand(context);
    Reporting reporting = Reporting.of(context, reportOption, "validate", input.strict);
    // The PDF's fonts are checked too (missing-glyph), so validate and render give one verdict.
    Engine.Builder builder = Engine.builder().glyphCheck(true);
    Optional<Configuration> config = input.configuration();
    config.ifPresent(c -> builder.rules(c.config().rules()));
    Path themeFile =
        theme != null ? theme : config.isPresent() ? config.get().file("theme").orElse(null) : null;
    Engine engine;
    List<FileResult> results = new ArrayList<>();
    try {
      if (themeFile != null) {
        ThemeFiles.read(builder, themeFile);
      }
      engine = builder.build();
    } catch (BriefException e) {
      // The theme's problems in the report asked for, one result a file, as render reports them;
      // the briefs are still checked, all but their glyphs, which depend on the theme's fonts.
      for (ProblemCap.Capped file : ProblemCap.perFile(e.diagnostics())) {
        results.add(
            new FileResult(file.shown().get(0).file(), file.shown(), true)
                .counting(file.notShown()));
      }
      Engine.Builder withoutTheme = Engine.builder();
      config.ifPresent(c -> withoutTheme.rules(c.config().rules()));
      try {
        engine = withoutTheme.build();
      } catch (BriefException builtIn) {
        throw new IllegalStateException("the built-in template or theme fails", builtIn);
      }
    }
    Engine checking = engine;
    Pool.run(
        files,
        input.jobs,
        file -> result(Loader.load(checking, file, reporting::name)),
        results::add);
    Summary summary = report(reporting, results);
    // A path that does not exist fails its result, but makes the run a usage error (2), not 1.
    long missing = files.stream().filter(f -> f.kind() == Inputs.Kind.MISSING).count();
    return input.exitCode(summary.invalid() == missing ? ExitCode.OK.code : ExitCode.INVALID.code);
  }

  /** Writes the report and the step summary of {@code results}. */
  private Summary report(Reporting reporting, List<FileResult> results) throws UserException {
    Summary summary = Summary.of(results);
    reporting.report().write(reporting.run(), results, summary, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    reporting.summarize(results, summary);
    return summary;
  }

  private FileResult result(Checked checked) {
    return new FileResult(checked.file(), checked.diagnostics(), checked.fails(input.strict))
        .counting(checked.notShown());
  }
}
