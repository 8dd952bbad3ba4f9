package dev.brief.engine;

import dev.brief.bind.Binder;
import dev.brief.compose.Composer;
import dev.brief.compose.Template;
import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.ProblemCap;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Severity;
import dev.brief.layout.Layout;
import dev.brief.model.Brief;
import dev.brief.read.FileKind;
import dev.brief.read.Node;
import dev.brief.read.Suppressions;
import dev.brief.read.YamlReader;
import dev.brief.theme.PdfStandard;
import dev.brief.theme.Theme;
import dev.brief.typography.Typography;
import dev.brief.validate.Validator;
import dev.brief.write.Memo;
import dev.brief.write.MissingGlyph;
import dev.brief.write.Output;
import dev.brief.write.Writer;
import dev.brief.write.WriterOptions;
import dev.brief.write.Writers;
import dev.brief.write.pdf.FontFile;
import dev.brief.write.pdf.PdfOptions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * brief as a library: the whole pipeline (read, validate, bind, compose, lay out, write) behind two
 * calls. Built once from a template, a theme and fonts, then shared:
 *
 * <pre>{@code
 * Engine engine = Engine.builder().build();          // the built-in template and theme
 * Checked checked = engine.check("q3.yaml", bytes);  // diagnostics, and the brief when valid
 * Rendered pdf = engine.render(checked, "pdf");      // bytes and warnings (missing glyphs...)
 * }</pre>
 *
 * <p>Pure: no file IO, no clock, nothing printed; callers bring bytes and take bytes. Thread-safe:
 * the compiled schema, template, theme and fonts are loaded once per engine (the built-in ones once
 * per process, on first use) and shared by every call on every thread.
 */
public final class Engine {
  /** Briefs and themes larger than this are refused unread: a brief is a few kilobytes. */
  public static final int MAX_INPUT_BYTES = YamlReader.MAX_BYTES;

  /** What a file of too many problems should be, in the line that counts the rest. */
  private static final String A_BRIEF = "a brief";

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private final YamlReader reader = new YamlReader();
  private final Validator validator = new Validator();
  private final Template template;
  private final Theme theme;
  private final Instant timestamp;
  private final WriterOptions writerOptions;
  private final boolean glyphCheck;
  private final Map<Rule, Optional<Severity>> rules;

  /** Writers by format, made on first use: a run that only checks loads no PDF classes. */
  private final Map<String, Writer> writers = new ConcurrentHashMap<>();

  /** The user's template and theme files by name, to place characters that came from them. */
  private final Map<String, String> ownFiles;

  private Engine(
      Builder builder,
      Template template,
      Theme theme,
      Map<String, String> ownFiles,
      Map<String, FontFile> fonts) {
    this.template = template;
    this.theme = theme;
    this.timestamp = builder.timestamp;
    this.glyphCheck = builder.glyphCheck;
    this.rules = Map.copyOf(builder.rules);
    this.ownFiles = Map.copyOf(ownFiles);
    this.writerOptions =
        new WriterOptions(
            new PdfOptions(
                builder.creator,
                fonts,
                builder.pdfStandards != null
                    ? builder.pdfStandards
                    : (theme == null ? Theme.defaultTheme() : theme).pdfStandards()));
  }

  /**
   * A text as the memo shows it, without the Markdown that sets it (emphasis, code): the running
   * header and the metadata print no Markdown, so {@code *bold*} would show its asterisks there.
   */
  private static String plain(String text) {
    return Layout.plainText(Composer.markdown(text));
  }

  /**
   * The brief with the text writers print outside the Markdown (the running header and footer, the
   * document's title and metadata) in the same typography as the memo.
   */
  private static Brief punctuated(Brief brief) {
    String lang = brief.lang();
    return new Brief(
        Typography.text(plain(brief.title()), lang),
        brief.date(),
        Typography.text(plain(brief.subject()), lang),
        brief.author().map(a -> Typography.text(plain(a), lang)),
        brief.classification().map(c -> Typography.text(plain(c), lang)),
        lang,
        brief.position(),
        brief.proposals(),
        brief.facts(),
        brief.positives(),
        brief.risks(),
        brief.conclusion(),
        brief.sources(),
        brief.labels());
  }

  /**
   * Does now, on the calling thread, the work that the first brief of a run waits for whatever the
   * run's options: compiles the built-in schema and, to render in {@code format}, the built-in
   * template and theme and what that format's writer needs for the theme (the PDF's fonts). All of
   * it is kept once per process, so an engine built later finds it done. A caller with a core to
   * spare runs this beside its own start-up, as the command line does while it parses its
   * arguments; nothing an engine outputs depends on whether or when this ran. For a {@code format}
   * that is none of {@link #formats()} (to check briefs only), only the schema is compiled.
   */
  public static void warmUp(String format) {
    new Validator();
    if (!Writers.names().contains(format)) {
      return;
    }
    Template.builtIn();
    prepare(format);
  }

  private static void prepare(String format) {
    Theme theme = Theme.defaultTheme();
    Writers.create(format, new WriterOptions(new PdfOptions("", Map.of(), theme.pdfStandards())))
        .ifPresent(writer -> writer.prepare(theme));
  }

  /** A builder for an engine with the built-in template and theme. */
  public static Builder builder() {
    return new Builder();
  }

  /** The output formats {@link #render} takes, the default first; each is also its extension. */
  public static List<String> formats() {
    return Writers.names();
  }

  /** brief's version, as its jar was built. */
  public static String version() {
    return Version.VERSION;
  }

  /**
   * The git commit brief's jar was built from: abbreviated hex, with {@code -dirty} when the
   * checkout had uncommitted changes, or {@code unknown} when it was built outside git.
   */
  public static String commit() {
    return Version.COMMIT_ID;
  }

  /** The JSON Schema of the brief format. */
  public static String schema() {
    return Validator.schemaText();
  }

  /** The ids {@link Builder#pdfStandard} accepts, in the order the help lists them. */
  public static List<String> pdfStandards() {
    return Arrays.stream(PdfStandard.values()).map(PdfStandard::id).toList();
  }

  /** The built-in templates and the default theme, file name to text, main template first. */
  public static Map<String, String> builtInFiles() {
    Map<String, String> files = new LinkedHashMap<>(Template.builtInSources());
    files.put("theme.yaml", Theme.defaultThemeText());
    return files;
  }

  /**
   * Problems with the engine's own template that do not stop it, such as tags naming nothing; an
   * error only when the configuration raised its rule to one. One result a file, capped as a
   * brief's problems are: a template of 100,000 unknown tags is one mistake.
   */
  public List<ProblemCap.Capped> warnings() {
    if (template == null) {
      return List.of();
    }
    return ProblemCap.perFile(leveled(template.warnings()));
  }

  /**
   * The diagnostics at the severities {@link Builder#rules} sets, those turned off left out. Only
   * warnings change: an error keeps its severity, as a brief with one cannot be bound.
   */
  private List<Diagnostic> leveled(List<Diagnostic> diagnostics) {
    if (rules.isEmpty()) {
      return diagnostics;
    }
    List<Diagnostic> leveled = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Optional<Severity> level = rules.getOrDefault(d.rule(), Optional.of(d.severity()));
      if (d.isError() || level.isPresent() && level.get() == d.severity()) {
        leveled.add(d);
      } else if (level.isPresent()) {
        leveled.add(
            new Diagnostic(
                d.file(), d.line(), d.column(), level.get(), d.rule(), d.path(), d.message()));
      }
    }
    return leveled;
  }

  /**
   * The result for a file of {@code size} bytes that is over {@link #MAX_INPUT_BYTES}, for callers
   * that check the size before reading; empty when the size is within the limit.
   */
  public static Optional<Checked> tooLarge(String name, long size) {
    if (size <= MAX_INPUT_BYTES) {
      return Optional.empty();
    }
    return Optional.of(failed(name, YamlReader.tooLarge(name, size, FileKind.BRIEF)));
  }

  /**
   * The result for a brief read from a stream that had more than {@link #MAX_INPUT_BYTES}, for
   * callers that stop reading there.
   */
  public static Checked tooLargeStream(String name) {
    return fileError(
        Rule.TOO_LARGE,
        name,
        "input is more than "
            + MAX_INPUT_BYTES
            + " bytes, the limit; a brief should be a few"
            + " kilobytes");
  }

  /**
   * The result for a brief named by a path that does not exist, {@code why} saying so in a user's
   * words ("no such file or folder", "a link that loops").
   */
  public static Checked missing(String name, String why) {
    return fileError(Rule.MISSING_FILE, name, why + "; check the path");
  }

  /** A result of one error about the whole file, placed at its start. */
  private static Checked fileError(Rule rule, String name, String message) {
    return new Checked(
        name,
        Optional.empty(),
        Optional.empty(),
        List.of(Diagnostic.of(rule, name, 1, 1, "", message)));
  }

  /**
   * The error for a theme file of {@code size} bytes that is over {@link #MAX_INPUT_BYTES}, for
   * callers that check the size before reading; empty when the size is within the limit.
   */
  public static Optional<BriefException> themeTooLarge(String name, long size) {
    return size <= MAX_INPUT_BYTES
        ? Optional.empty()
        : Optional.of(YamlReader.tooLarge(name, size, FileKind.THEME));
  }

  /**
   * The font files a theme's {@code fallback} names by path, as written, for the caller to read
   * (relative to the theme's folder) and hand to {@link Builder#fontFile}; none when the theme has
   * errors, which {@link Builder#build} reports.
   */
  public static List<String> themeFontFiles(String name, byte[] bytes) {
    try {
      Node tree = new YamlReader(FileKind.THEME).read(name, bytes);
      return Theme.load(name, tree).fontFiles().stream().map(Theme.FontFile::path).toList();
    } catch (BriefException e) {
      return List.of();
    }
  }

  /**
   * Reads, validates and (when it has no errors) binds one brief; with {@link Builder#glyphCheck},
   * a valid brief is also checked for characters the PDF's fonts lack.
   */
  public Checked check(String name, byte[] bytes) {
    List<Diagnostic> found = new ArrayList<>();
    Node tree;
    try {
      tree = reader.read(name, bytes, found);
    } catch (BriefException e) {
      return failed(name, e);
    }
    found.addAll(validator.validate(name, tree));
    boolean valid = found.stream().noneMatch(Diagnostic::isError);
    Optional<Brief> brief = valid ? Optional.of(Binder.bind(tree)) : Optional.empty();
    if (glyphCheck && brief.isPresent()) {
      found.addAll(GlyphWarnings.inBrief(name, tree, missingGlyphs(brief.get())));
    }
    // The reader has accepted the bytes, so they are UTF-8.
    Suppressions ignored = Suppressions.of(name, new String(bytes, StandardCharsets.UTF_8));
    List<Diagnostic> kept = new ArrayList<>(ignored.apply(found));
    kept.addAll(ignored.warnings());
    ProblemCap.Capped capped =
        ProblemCap.apply(leveled(kept).stream().sorted(ORDER).toList(), A_BRIEF);
    return new Checked(name, Optional.of(tree), brief, capped.shown(), ignored, capped.notShown());
  }

  /**
   * The characters of a valid brief's fields that no font of the PDF's theme has, as the PDF writer
   * finds them while rendering: in the text as the memo prints it (smart punctuation).
   */
  private List<MissingGlyph> missingGlyphs(Brief brief) {
    Theme memoTheme = theme();
    return writer("pdf")
        .missingGlyphs(memoTheme.smartPunctuation() ? punctuated(brief) : brief, memoTheme);
  }

  private Theme theme() {
    return theme == null ? Theme.defaultTheme() : theme;
  }

  private Writer writer(String format) {
    return writers.computeIfAbsent(
        format, name -> Writers.create(name, writerOptions).orElseThrow());
  }

  /**
   * Renders a checked brief in {@code format} (one of {@link #formats()}).
   *
   * @throws IllegalArgumentException if the brief has errors or the format is unknown
   * @throws BriefException when the template cannot compose this brief (its output is too large)
   */
  public Rendered render(Checked checked, String format) throws BriefException {
    Brief brief =
        checked
            .brief()
            .orElseThrow(() -> new IllegalArgumentException(checked.file() + " has errors"));
    if (!Writers.names().contains(format)) {
      throw new IllegalArgumentException("unknown format '" + format + "'");
    }
    Writer writer = writer(format);
    Theme memoTheme = theme();
    String markdown = Composer.compose(brief, template == null ? Template.builtIn() : template);
    if (memoTheme.smartPunctuation()) {
      markdown = Typography.apply(markdown, brief.lang());
      brief = punctuated(brief);
    }
    Instant at =
        timestamp != null ? timestamp : brief.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    Output output = writer.write(new Memo(brief, markdown, Layout.of(markdown), memoTheme, at));
    List<Diagnostic> glyphs = GlyphWarnings.of(checked, output, ownFiles);
    return new Rendered(output.bytes(), leveled(checked.suppressions().apply(glyphs)));
  }

  /**
   * Checks one brief and renders it; the warnings are the check's and the render's together.
   *
   * @throws BriefException with every diagnostic of the check when the brief has errors
   */
  public Rendered render(String name, byte[] bytes, String format) throws BriefException {
    Checked checked = check(name, bytes);
    if (checked.hasErrors()) {
      throw new BriefException(checked.diagnostics());
    }
    Rendered rendered = render(checked, format);
    List<Diagnostic> warnings = new ArrayList<>(checked.diagnostics());
    warnings.addAll(rendered.warnings());
    return new Rendered(rendered.bytes(), warnings);
  }

  private static Checked failed(String name, BriefException e) {
    ProblemCap.Capped capped = ProblemCap.apply(e.diagnostics(), A_BRIEF);
    return new Checked(
        name,
        Optional.empty(),
        Optional.empty(),
        capped.shown(),
        Suppressions.NONE,
        capped.notShown());
  }

  /** Sets what an engine is built from; everything not set is the built-in default. */
  public static final class Builder {
    private SourceSet template;
    private String themeName;
    private byte[] themeBytes;
    private Instant timestamp;
    private String creator = "brief " + Version.VERSION;
    private final Map<String, byte[]> fontFiles = new LinkedHashMap<>();
    private Set<PdfStandard> pdfStandards; // null: the theme's
    private boolean glyphCheck;
    private final Map<Rule, Optional<Severity>> rules = new LinkedHashMap<>();

    private Builder() {}

    /** A template of the user's instead of the built-in memo. */
    public Builder template(SourceSet template) {
      this.template = template;
      return this;
    }

    /** A YAML theme of the user's, merged over the default theme; {@code name} is for messages. */
    public Builder theme(String name, byte[] bytes) {
      this.themeName = name;
      this.themeBytes = bytes.clone();
      return this;
    }

    /**
     * The bytes of a font file the theme names in its fallback list, by the path as the theme
     * writes it; a file the theme names and the caller does not give is reported as not found.
     */
    public Builder fontFile(String path, byte[] bytes) {
      fontFiles.put(path, bytes.clone());
      return this;
    }

    /** The date written into outputs that carry one; by default each brief's own date. */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /** The tool named as the PDF's creator; by default "brief VERSION". */
    public Builder creator(String creator) {
      this.creator = creator;
      return this;
    }

    /**
     * The standards every PDF is written to and declares, as a comma-separated list of {@link
     * #pdfStandards()} ids: {@code ua-1}, a PDF/A level, or both ({@code ua-1,a-2b}). By default,
     * the theme's {@code pdf-standard} ({@code ua-1} in the default theme).
     *
     * @throws IllegalArgumentException saying why, for an unknown id or two PDF/A levels
     */
    public Builder pdfStandard(String spec) {
      this.pdfStandards = PdfStandard.parse(spec);
      return this;
    }

    /**
     * Whether {@link Engine#check} also finds the characters of a valid brief that no font of the
     * PDF has ({@code missing-glyph}), loading the fonts on the first valid brief: for callers that
     * check without rendering, so a check and a PDF render give one verdict. Off by default, as
     * {@link Engine#render(Checked, String)} finds them itself.
     */
    public Builder glyphCheck(boolean glyphCheck) {
      this.glyphCheck = glyphCheck;
      return this;
    }

    /**
     * The severity each rule is reported at instead of its own ({@link Optional#empty()}: not
     * reported), as a {@link Config} sets them. Only warnings change: errors stay errors.
     */
    public Builder rules(Map<Rule, Optional<Severity>> rules) {
      this.rules.putAll(rules);
      return this;
    }

    /**
     * Compiles the template and reads the theme.
     *
     * @throws BriefException with every problem found in the template, else in the theme
     */
    public Engine build() throws BriefException {
      Map<String, String> ownFiles = new LinkedHashMap<>();
      Template compiled = null;
      if (template != null) {
        Map<String, String> refused = new LinkedHashMap<>(template.refused());
        Map<String, String> sources = Sources.decode(template.files(), refused);
        ownFiles.putAll(sources);
        compiled = Template.compile(template.main(), sources, refused);
      }
      Theme read = null;
      if (themeBytes != null) {
        // The reader refuses a theme over the size limit itself, worded for a theme.
        Node tree = new YamlReader(FileKind.THEME).read(themeName, themeBytes);
        ownFiles.put(themeName, new String(themeBytes, java.nio.charset.StandardCharsets.UTF_8));
        read = Theme.load(themeName, tree);
      }
      return new Engine(this, compiled, read, ownFiles, fonts(read));
    }

    /** The theme's font files, parsed; each one missing or not a font is a theme error there. */
    private Map<String, FontFile> fonts(Theme read) throws BriefException {
      Map<String, FontFile> fonts = new LinkedHashMap<>();
      List<Diagnostic> problems = new ArrayList<>();
      for (Theme.FontFile f : read == null ? List.<Theme.FontFile>of() : read.fontFiles()) {
        byte[] bytes = fontFiles.get(f.path());
        String problem = null;
        if (bytes == null) {
          problem =
              "font file '"
                  + f.path()
                  + "' not found (a relative path starts at the theme's folder)";
        } else {
          try {
            fonts.put(f.path(), FontFile.read(f.path(), bytes, fonts.size()));
          } catch (IllegalArgumentException e) {
            problem = "font file '" + f.path() + "' is " + e.getMessage();
          }
        }
        if (problem != null) {
          problems.add(Diagnostic.of(Rule.THEME, f.file(), f.line(), f.column(), "", problem));
        }
      }
      if (!problems.isEmpty()) {
        throw new BriefException(problems);
      }
      return fonts;
    }
  }
}
