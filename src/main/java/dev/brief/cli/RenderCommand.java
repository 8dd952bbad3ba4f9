package dev.brief.cli;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.NotShown;
import dev.brief.diagnostic.ProblemCap;
import dev.brief.engine.Checked;
import dev.brief.engine.Config;
import dev.brief.engine.Engine;
import dev.brief.engine.Rendered;
import dev.brief.report.FileResult;
import dev.brief.report.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class RenderCommand implements Callable<Integer> {
  private final Context context;

  private CommandSpec spec;

  final BriefFiles input = new BriefFiles();

  final ReportOption reportOption = new ReportOption();

  String format = Engine.formats().get(0);

  Path output;

  Path outDir;

  Path template;

  Path theme;

  String pdfStandard;

  /** picocli's model of {@code render} (see {@link Specs}). */
  CommandSpec spec() {
    spec =
        Specs.command(
            this,
            "render",
            "Render briefs as memos: PDF (default), Markdown or HTML.",
            "",
            "Each output goes beside its brief with the new extension unless -o or --out-dir says"
                + " otherwise; every path written is printed. An invalid brief is reported as by"
                + " validate, and nothing is written for it. A json, sarif or junit report goes to"
                + " standard output instead of the paths (to standard error with -o -). Set"
                + " SOURCE_DATE_EPOCH to fix the dates written into PDFs.");
    input.addTo(spec);
    reportOption.addTo(spec);
    Specs.option(
        spec,
        OptionSpec.builder("-f", "--format")
            .paramLabel("FORMAT")
            .type(String.class)
            .completionCandidates(new Formats())
            .converters(new Formats())
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."),
        () -> format,
        value -> format = value);
    Specs.option(
        spec,
        OptionSpec.builder("-o", "--output")
            .paramLabel("FILE")
            .type(Path.class)
            .description("Write to FILE, or to standard output with -o - (one brief only)."),
        () -> output,
        value -> output = value);
    Specs.option(
        spec,
        OptionSpec.builder("--out-dir")
            .paramLabel("DIR")
            .type(Path.class)
            .description("Write every output into DIR."),
        () -> outDir,
        value -> outDir = value);
    Specs.option(
        spec,
        OptionSpec.builder("--template")
            .paramLabel("FILE")
            .type(Path.class)
            .description(
                "Use this Mustache template instead of the built-in memo; partials resolve beside"
                    + " it."),
        () -> template,
        value -> template = value);
    Specs.option(
        spec,
        OptionSpec.builder("--theme")
            .paramLabel("FILE")
            .type(Path.class)
            .description("Use this YAML theme for PDF and HTML; it extends the default theme."),
        () -> theme,
        value -> theme = value);
    Specs.option(
        spec,
        OptionSpec.builder("--pdf-standard")
            .paramLabel("STANDARD")
            .type(String.class)
            .completionCandidates(new PdfStandards())
            .description(
                "The standards a PDF meets and declares: ua-1 (accessible, the default), a-1a,"
                    + " a-1b or a-2b (archival), or ua-1 with a-2b: ua-1,a-2b. Every PDF is"
                    + " tagged."),
        () -> pdfStandard,
        value -> pdfStandard = value);
    Specs.option(
        spec,
        OptionSpec.builder("--strict")
            .type(boolean.class)
            .description(
                "Treat warnings as errors: such a brief fails, and nothing is rendered for it."),
        () -> input.strict,
        value -> input.strict = value);
    return Specs.standardHelp(spec);
  }

  /**
   * The folders this run has cleared of stale temporaries (left by a killed brief): each once, not
   * once per file. Touched only by {@link #finish}, on the calling thread.
   */
  private final Set<Path> swept = new HashSet<>();

  /** Each output written in this run, by its {@link Targets.Target#key}, to the brief it holds. */
  private final Map<Path, String> writtenFor = new HashMap<>();

  /** How this run reports; set at the start of {@link #call}. */
  private Reporting reporting;

  private RenderReport report;

  RenderCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws UserException {
    List<Inputs.Input> inputs = input.expand(context);
    if (input.configuration().isPresent()) {
      defaults(input.configuration().get());
    }
    if (output == null && inputs.stream().anyMatch(i -> i.kind() == Inputs.Kind.STDIN)) {
      throw new UserException(
          ExitCode.USAGE,
          "a brief read from standard input (-) has no file to write beside; give -o FILE, or -o -"
              + " for standard output");
    }
    if (output != null && inputs.size() > 1) {
      throw new UserException(
          ExitCode.USAGE,
          "-o takes one brief, but " + inputs.size() + " were given; use --out-dir");
    }
    formatOfOutput();
    if (output != null && outDir != null) {
      throw new UserException(ExitCode.USAGE, "-o and --out-dir cannot be used together");
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean toStdout = output != null && output.toString().equals("-");
    reporting = Reporting.of(context, reportOption, "render", input.strict);
    report = new RenderReport(reporting, spec.commandLine().getOut(), err, toStdout);
    Engine engine;
    try {
      engine = engine();
    } catch (BriefException e) {
      report.engine(ProblemCap.perFile(e.diagnostics()), input.strict);
      notRendered(inputs);
      report.finish();
      return ExitCode.INVALID.code;
    }
    report.engine(engine.warnings(), input.strict);
    if (failing(engine.warnings().stream().flatMap(f -> f.shown().stream()).toList())) {
      notRendered(inputs);
      report.finish();
      return ExitCode.INVALID.code;
    }
    List<Targets.Target> targets =
        toStdout ? List.of() : Targets.plan(inputs, output, outDir, format);
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      jobs.add(new Job(inputs.get(i), toStdout ? null : targets.get(i)));
    }
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    Pool.run(
        jobs,
        input.jobs,
        job -> render(engine, job.input(), job.target()),
        done -> outcomes.merge(finish(done), 1, Integer::sum));
    int failed = inputs.size() - outcomes.getOrDefault(Outcome.WRITTEN, 0);
    if (failed > 0) {
      err.println(
          "brief: " + failed + " of " + Summary.plural(inputs.size(), "brief") + " not rendered");
    }
    report.finish();
    if (outcomes.containsKey(Outcome.INVALID)) {
      return ExitCode.INVALID.code;
    }
    return input.exitCode(
        outcomes.containsKey(Outcome.NOT_WRITTEN) ? ExitCode.IO.code : ExitCode.OK.code);
  }

  /**
   * Records the briefs of a run whose template or theme fails, which are then neither checked nor
   * rendered: each as not written, and a path that does not exist as missing.
   */
  private void notRendered(List<Inputs.Input> inputs) {
    for (Inputs.Input in : inputs) {
      if (in.kind() == Inputs.Kind.MISSING) {
        Checked missing = Engine.missing(reporting.name(in.file()), Inputs.whyMissing(in.file()));
        report.print(missing.diagnostics());
        report.add(new FileResult(missing.file(), missing.diagnostics(), true));
      } else {
        String name = in.kind() == Inputs.Kind.STDIN ? in.name() : reporting.name(in.file());
        report.add(
            FileResult.notWritten(
                name, List.of(), "not checked or rendered: the template or theme has problems"));
      }
    }
    // As a run that rendered says what it did not: the text report would end on the theme's lines.
    if (!inputs.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "brief: "
                  + inputs.size()
                  + " of "
                  + Summary.plural(inputs.size(), "brief")
                  + " not rendered: the template or theme has problems");
    }
  }

  /**
   * What became of one brief: its output was written, it was invalid, its output was not, or its
   * path does not exist.
   */
  private enum Outcome {
    WRITTEN,
    INVALID,
    NOT_WRITTEN,
    MISSING
  }

  /** One brief to render, and where to: {@code target} is null for standard output. */
  private record Job(Inputs.Input input, Targets.Target target) {}

  /**
   * One brief's work, done on a worker: the name it is shown under, its diagnostics and the count
   * of those past the cap, and the bytes to write unless it failed. {@code target} is null for
   * standard output.
   */
  private record Done(
      String name,
      Targets.Target target,
      List<Diagnostic> diagnostics,
      NotShown notShown,
      byte[] bytes,
      Outcome outcome) {}

  private Done render(Engine engine, Inputs.Input in, Targets.Target target) throws UserException {
    Checked checked = Loader.load(engine, in, reporting::name);
    String name = checked.file();
    List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
    if (in.kind() == Inputs.Kind.MISSING) {
      return new Done(name, target, diagnostics, checked.notShown(), null, Outcome.MISSING);
    }
    if (checked.fails(input.strict)) {
      return new Done(name, target, diagnostics, checked.notShown(), null, Outcome.INVALID);
    }
    Rendered rendered;
    try {
      rendered = engine.render(checked, format);
    } catch (BriefException e) {
      diagnostics.addAll(e.diagnostics());
      return new Done(name, target, diagnostics, checked.notShown(), null, Outcome.INVALID);
    }
    diagnostics.addAll(rendered.warnings());
    if (failing(rendered.warnings())) {
      return new Done(name, target, diagnostics, checked.notShown(), null, Outcome.INVALID);
    }
    return new Done(
        name, target, diagnostics, checked.notShown(), rendered.bytes(), Outcome.WRITTEN);
  }

  /** Prints one brief's messages and writes its output, on the calling thread, in input order. */
  private Outcome finish(Done done) throws UserException {
    report.print(done.diagnostics());
    String note = collision(done);
    if (note == null && done.outcome() == Outcome.WRITTEN && done.target() != null) {
      note = writeFile(done); // null when written
    }
    if (note != null) {
      report.notWritten(done.name(), note);
      report.add(
          FileResult.notWritten(done.name(), done.diagnostics(), note).counting(done.notShown()));
      return Outcome.NOT_WRITTEN;
    }
    Optional<String> written = Optional.empty();
    if (done.outcome() == Outcome.WRITTEN) {
      written =
          Optional.of(
              done.target() == null ? writeStdout(done) : reporting.name(done.target().path()));
    }
    report.add(
        new FileResult(
                done.name(),
                done.diagnostics(),
                done.outcome() == Outcome.INVALID || done.outcome() == Outcome.MISSING,
                written)
            .counting(done.notShown()));
    return done.outcome();
  }

  /**
   * Why {@code done}'s output is not written, when an earlier brief of the run wrote that file; an
   * earlier one that was invalid wrote nothing and takes nothing.
   */
  private String collision(Done done) {
    if (done.outcome() != Outcome.WRITTEN || done.target() == null) {
      return null;
    }
    String first = writtenFor.get(done.target().key());
    if (first == null) {
      return null;
    }
    return done.target().path()
        + ": already written for "
        + first
        + " in this run; not overwritten with "
        + done.name()
        + " (give the briefs different names, or render them separately)";
  }

  /** Writes one brief's memo to standard output; returns {@code -}. */
  private String writeStdout(Done done) throws UserException {
    try {
      context.stdout().write(done.bytes());
      context.stdout().flush();
    } catch (IOException e) {
      throw context.stdout().error();
    }
    return "-";
  }

  /**
   * Writes one brief's output file, and its path where paths are printed; returns why it could not
   * be written (permission denied, a full disk), or null. A file that cannot be written does not
   * stop the run: the other briefs are still rendered, and the run exits 3.
   */
  private String writeFile(Done done) throws UserException {
    Path target = done.target().path();
    Path dir = target.toAbsolutePath().getParent();
    try {
      if (swept.add(dir)) {
        AtomicFiles.removeStale(dir);
      }
      AtomicFiles.write(target, done.bytes(), true);
    } catch (UserException e) {
      if (e.exitCode() != ExitCode.IO) {
        throw e;
      }
      return e.getMessage();
    }
    writtenFor.put(done.target().key(), done.name());
    if (report.printsPaths()) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(target);
      if (out.checkError()) {
        // The file is written, but whoever reads the paths has gone: stop, as a pipe closing says.
        throw context.stdout().error();
      }
    }
    return null;
  }

  /**
   * Whether these diagnostics fail a brief: an error (a rule raised to one), or under --strict any.
   */
  private boolean failing(List<Diagnostic> diagnostics) {
    return input.strict
        ? !diagnostics.isEmpty()
        : diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The configuration's render defaults, for what the command line does not set. */
  private void defaults(Configuration config) throws UserException {
    if (template == null) {
      template = config.file("template").orElse(null);
    }
    if (theme == null) {
      theme = config.file("theme").orElse(null);
    }
    if (!spec.commandLine().getParseResult().hasMatchedOption("--format")) {
      format = config.config().render("format").map(Config.Value::text).orElse(format);
    }
    if (outDir == null && output == null) {
      outDir = config.config().render("out-dir").map(config::resolve).orElse(null);
    }
  }

  /**
   * The format the {@code -o} file's name asks for: {@code -o memo.md} writes Markdown, as a reader
   * of the name expects, unless {@code -f} says otherwise, which is then a mistake (a PDF in a file
   * named .md). A name without a format's extension keeps the format.
   */
  private void formatOfOutput() throws UserException {
    if (output == null || output.toString().equals("-")) {
      return;
    }
    String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    String named =
        name.endsWith(".md") || name.endsWith(".markdown")
            ? "md"
            : name.endsWith(".html") || name.endsWith(".htm")
                ? "html"
                : name.endsWith(".pdf") ? "pdf" : null;
    if (named == null || named.equals(format)) {
      return;
    }
    if (spec.commandLine().getParseResult().hasMatchedOption("--format")) {
      throw new UserException(
          ExitCode.USAGE,
          "-o "
              + output
              + " is named as "
              + named
              + ", but -f asks for "
              + format
              + "; name the file ."
              + format
              + ", or leave out -f");
    }
    format = named; // over the configuration's render.format too: the command line wins
  }

  /** The engine for this run's template, theme and timestamp. */
  private Engine engine() throws UserException, BriefException {
    Engine.Builder builder = Engine.builder().timestamp(timestampOverride());
    input.configuration().ifPresent(c -> builder.rules(c.config().rules()));
    if (pdfStandard != null) {
      try {
        builder.pdfStandard(pdfStandard);
      } catch (IllegalArgumentException e) {
        throw new UserException(ExitCode.USAGE, "--pdf-standard: " + e.getMessage());
      }
    }
    if (template != null) {
      builder.template(TemplateFiles.read(template));
    }
    if (theme != null) {
      ThemeFiles.read(builder, theme, reporting.name(theme));
    }
    return builder.build();
  }

  /** The first and last second a PDF date (D:YYYYMMDDHHmmSS, four-digit year) can hold. */
  static final long EPOCH_MIN = -62_135_596_800L; // 0001-01-01T00:00:00Z

  static final long EPOCH_MAX = 253_402_300_799L; // 9999-12-31T23:59:59Z

  /** SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes the dates written into PDFs. */
  private Instant timestampOverride() throws UserException {
    var value = context.getenv("SOURCE_DATE_EPOCH");
    if (value.isEmpty()) {
      return null;
    }
    long seconds;
    try {
      seconds = Long.parseLong(value.get().strip());
    } catch (NumberFormatException e) {
      throw new UserException(
          ExitCode.USAGE,
          "SOURCE_DATE_EPOCH is '" + value.get() + "'; it must be whole seconds since 1970-01-01");
    }
    if (seconds < EPOCH_MIN || seconds > EPOCH_MAX) {
      throw new UserException(
          ExitCode.USAGE,
          "SOURCE_DATE_EPOCH is '"
              + value.get()
              + "', outside the years 1 to 9999 a PDF date can hold; give seconds from "
              + EPOCH_MIN
              + " to "
              + EPOCH_MAX);
    }
    return Instant.ofEpochSecond(seconds);
  }
}
