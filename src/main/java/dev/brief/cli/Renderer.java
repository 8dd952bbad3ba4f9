package dev.brief.cli;

import dev.brief.compose.Composer;
import dev.brief.compose.Template;
import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.model.Brief;
import dev.brief.read.Mark;
import dev.brief.read.Node;
import dev.brief.read.NodePath;
import dev.brief.read.YamlReader;
import dev.brief.typeset.Fonts;
import dev.brief.typeset.HtmlWriter;
import dev.brief.typeset.MissingGlyph;
import dev.brief.typeset.Theme;
import dev.brief.typeset.Typesetter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The back half of the pipeline for one run: template, theme and fonts are loaded once and shared
 * by every brief the run renders.
 */
final class Renderer {
  private static final long MAX_TEMPLATE_BYTES = 1 << 20;

  /** How deep below the template's folder partials may live ({@code {{> parts/quote}}}). */
  private static final int TEMPLATE_DEPTH = 3;

  private final OutputFormat format;
  private final Template template;
  private final Theme theme;
  private final Typesetter typesetter;
  private final Instant timestampOverride;

  /** What rendering one brief gave: the output's bytes, and warnings such as missing glyphs. */
  record Output(byte[] bytes, List<Diagnostic> warnings) {}

  private Renderer(
      OutputFormat format,
      Template template,
      Theme theme,
      Typesetter typesetter,
      Instant timestampOverride) {
    this.format = format;
    this.template = template;
    this.theme = theme;
    this.typesetter = typesetter;
    this.timestampOverride = timestampOverride;
  }

  static Renderer create(
      OutputFormat format, Path templateFile, Path themeFile, Instant timestampOverride)
      throws UserException, BriefException {
    Template template = templateFile == null ? Template.builtIn() : loadTemplate(templateFile);
    Theme theme = themeFile == null ? Theme.defaultTheme() : loadTheme(themeFile);
    Typesetter typesetter =
        format == OutputFormat.pdf
            ? new Typesetter(Fonts.load(), "brief " + Version.VERSION)
            : null;
    return new Renderer(format, template, theme, typesetter, timestampOverride);
  }

  Output render(Loader.Loaded loaded) {
    Brief brief = loaded.brief().orElseThrow();
    String markdown = Composer.compose(brief, template);
    return switch (format) {
      case md -> new Output(markdown.getBytes(StandardCharsets.UTF_8), List.of());
      case html ->
          new Output(
              HtmlWriter.write(markdown, brief, theme).getBytes(StandardCharsets.UTF_8), List.of());
      case pdf -> {
        Instant timestamp =
            timestampOverride != null
                ? timestampOverride
                : brief.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Diagnostic> warnings = new ArrayList<>();
        for (MissingGlyph missing : typesetter.missingGlyphs(brief, theme)) {
          warnings.add(warning(loaded, missing));
        }
        yield new Output(typesetter.typeset(markdown, brief, theme, timestamp), warnings);
      }
    };
  }

  private static Diagnostic warning(Loader.Loaded loaded, MissingGlyph missing) {
    Node tree = loaded.tree().orElseThrow();
    String pointer = nearestPointer(tree, NodePath.toPointer(missing.fieldPath()));
    Mark mark = NodePath.atPointer(tree, pointer).map(Node::mark).orElse(tree.mark());
    String path = NodePath.toFieldPath(tree, pointer);
    int cp = missing.codePoint();
    return Diagnostic.warning(
        loaded.file(),
        mark.line(),
        mark.column(),
        "missing-glyph",
        path,
        String.format(
            "no font has character U+%04X '%s' in '%s', so the PDF shows '\uFFFD' in its place;"
                + " remove it, or use a theme whose fonts have it",
            cp, new String(Character.toChars(cp)), path));
  }

  /** The pointer itself or its nearest ancestor in the tree: a plain-text point has no 'text'. */
  private static String nearestPointer(Node tree, String pointer) {
    String p = pointer;
    while (!p.isEmpty() && NodePath.atPointer(tree, p).isEmpty()) {
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return p;
  }

  /**
   * Reads the template's folder (to {@link #TEMPLATE_DEPTH} levels), so partials resolve there and
   * nowhere else. Names keep the folder as the user typed it, so diagnostics name real paths.
   */
  private static Template loadTemplate(Path file) throws UserException, BriefException {
    if (!Files.isRegularFile(file)) {
      throw new UserException(ExitCode.USAGE, file + ": no such template file");
    }
    Path dir = file.toAbsolutePath().getParent();
    String prefix = file.getParent() == null ? "" : slashes(file.getParent()) + "/";
    Map<String, String> sources = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(dir, TEMPLATE_DEPTH)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        if (p.getFileName().toString().endsWith(".mustache")
            && Files.size(p) <= MAX_TEMPLATE_BYTES) {
          sources.put(
              prefix + slashes(dir.relativize(p)), Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserException(
          ExitCode.USAGE, file + ": cannot read template folder: " + e.getMessage());
    }
    return Template.compile(prefix + file.getFileName(), sources);
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  private static Theme loadTheme(Path file) throws UserException, BriefException {
    String name = file.toString();
    long size = Inputs.size(file);
    if (size > YamlReader.MAX_BYTES) {
      throw YamlReader.tooLarge(name, size);
    }
    Node tree = new YamlReader().read(name, Inputs.read(file));
    return Theme.load(name, tree);
  }
}
