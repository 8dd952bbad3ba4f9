package dev.brief.cli;

import dev.brief.compose.Composer;
import dev.brief.compose.Template;
import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.model.Brief;
import dev.brief.read.Node;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** The user's template and theme files by name, to find characters that came from them. */
  private final Map<String, String> ownFiles;

  /** What rendering one brief gave: the output's bytes, and warnings such as missing glyphs. */
  record Output(byte[] bytes, List<Diagnostic> warnings) {}

  private Renderer(
      OutputFormat format,
      Template template,
      Theme theme,
      Typesetter typesetter,
      Instant timestampOverride,
      Map<String, String> ownFiles) {
    this.format = format;
    this.template = template;
    this.theme = theme;
    this.typesetter = typesetter;
    this.timestampOverride = timestampOverride;
    this.ownFiles = Map.copyOf(ownFiles);
  }

  static Renderer create(
      OutputFormat format, Path templateFile, Path themeFile, Instant timestampOverride)
      throws UserException, BriefException {
    Map<String, String> ownFiles = new LinkedHashMap<>();
    Template template =
        templateFile == null ? Template.builtIn() : loadTemplate(templateFile, ownFiles);
    Theme theme = themeFile == null ? Theme.defaultTheme() : loadTheme(themeFile, ownFiles);
    Typesetter typesetter =
        format == OutputFormat.pdf
            ? new Typesetter(Fonts.load(), "brief " + Version.VERSION)
            : null;
    return new Renderer(format, template, theme, typesetter, timestampOverride, ownFiles);
  }

  /** Problems with the run's own template that do not stop it, such as tags naming nothing. */
  List<Diagnostic> templateWarnings() {
    return template.warnings();
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
        Set<Integer> explained = new HashSet<>();
        for (MissingGlyph missing : typesetter.missingGlyphs(brief, theme)) {
          warnings.add(GlyphWarnings.inBrief(loaded, missing));
          explained.add(missing.codePoint());
        }
        Set<Integer> replaced = new LinkedHashSet<>();
        byte[] pdf = typesetter.typeset(markdown, brief, theme, timestamp, replaced::add);
        for (int cp : replaced) {
          if (!explained.contains(cp)) {
            warnings.add(GlyphWarnings.inOwnFiles(loaded, cp, ownFiles));
          }
        }
        yield new Output(pdf, warnings);
      }
    };
  }

  /**
   * Reads the template's folder (to {@link #TEMPLATE_DEPTH} levels), so partials resolve there and
   * nowhere else. Names keep the folder as the user typed it, so diagnostics name real paths.
   */
  private static Template loadTemplate(Path file, Map<String, String> ownFiles)
      throws UserException, BriefException {
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
    ownFiles.putAll(sources);
    return Template.compile(prefix + file.getFileName(), sources);
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  private static Theme loadTheme(Path file, Map<String, String> ownFiles)
      throws UserException, BriefException {
    String name = file.toString();
    long size = Inputs.size(file);
    if (size > YamlReader.MAX_BYTES) {
      throw YamlReader.tooLarge(name, size);
    }
    byte[] bytes = Inputs.read(file);
    Node tree = new YamlReader().read(name, bytes);
    ownFiles.put(name, new String(bytes, StandardCharsets.UTF_8));
    return Theme.load(name, tree);
  }
}
