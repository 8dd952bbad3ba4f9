package dev.brief.compose;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled memo template: a main Mustache file and the partials beside it. Compiled once,
 * immutable and safe to share between threads.
 */
public final class Template {
  /** The built-in files, main template first; bundled in the jar under {@link #RESOURCE_DIR}. */
  public static final List<String> BUILT_IN_FILES =
      List.of("memo.md.mustache", "points.md.mustache", "quote.md.mustache");

  /** The largest template or partial file brief reads: a template is a few kilobytes. */
  public static final long MAX_FILE_BYTES = 1 << 20;

  /** How many folders below the template's folder a partial may live ({@code parts/quote}). */
  public static final int MAX_FOLDER_DEPTH = 2;

  /**
   * The most Markdown one brief may compose to, in characters: a memo is a few thousand, and the
   * largest brief (1 MiB) with every character escaped stays well below it.
   */
  public static final int MAX_OUTPUT_CHARS = 4 << 20;

  private static final String RESOURCE_DIR = "/dev/brief/templates/";
  private static final Pattern UNCLOSED = Pattern.compile("Failed to close '(.*)' tag");
  private static final Pattern MISMATCHED =
      Pattern.compile("Mismatched start/end tags: (.*) != (.*) in ");

  private final String name;
  private final Mustache mustache;
  private final List<Diagnostic> warnings;

  private Template(String name, Mustache mustache, List<Diagnostic> warnings) {
    this.name = name;
    this.mustache = mustache;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * What is wrong with the template without stopping it: tags that name nothing brief provides
   * ({@code {{titel}}}), which would print nothing.
   */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** The name of the main file, as given to {@link #compile}. */
  public String name() {
    return name;
  }

  /** The built-in memo template, compiled on first use. */
  public static Template builtIn() {
    return BuiltIn.TEMPLATE;
  }

  /** The built-in template files by name, for {@code brief templates export}. */
  public static Map<String, String> builtInSources() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String file : BUILT_IN_FILES) {
      files.put(file, resource(file));
    }
    return Collections.unmodifiableMap(files);
  }

  /**
   * Compiles a template from the files of its folder. {@code sources} maps each file's path
   * relative to the folder (with {@code /} as separator) to its text; partials resolve only among
   * these, beside the file that names them: {@code {{> quote.md}}} is {@code quote.md.mustache}.
   * Diagnostics name files by these keys, so a caller may prefix every key with the folder.
   */
  public static Template compile(String mainName, Map<String, String> sources)
      throws BriefException {
    return compile(mainName, sources, Map.of());
  }

  /**
   * As {@link #compile(String, Map)}, where {@code refused} names files that exist but could not be
   * read, each with why ("is not UTF-8 text..."): only a file the template uses is reported.
   */
  public static Template compile(
      String mainName, Map<String, String> sources, Map<String, String> refused)
      throws BriefException {
    TemplateSources files = new TemplateSources(mainName, sources, refused);
    if (!sources.containsKey(mainName)) {
      String why = refused.getOrDefault(mainName, "not found");
      throw new BriefException(
          Diagnostic.of(Rule.TEMPLATE_ERROR, mainName, 1, 1, "", "template file " + why));
    }
    MarkdownMustacheFactory factory = new MarkdownMustacheFactory(files);
    try {
      NestingDepth.check(files);
      Mustache mustache = factory.compile(mainName);
      PartialCycles.check(mainName, factory.includes(), files);
      return new Template(mainName, mustache, unknownNames(factory.lookups(), files));
    } catch (TemplateProblem e) {
      throw new BriefException(e.diagnostic());
    } catch (MustacheException e) {
      throw new BriefException(diagnostic(e, mainName, files));
    }
  }

  private static List<Diagnostic> unknownNames(
      List<MarkdownMustacheFactory.Lookup> lookups, TemplateSources files) {
    List<Diagnostic> out = new ArrayList<>();
    for (MarkdownMustacheFactory.Lookup tag : lookups) {
      if (ViewNames.known(tag.name())) {
        continue;
      }
      String last = tag.name().substring(tag.name().lastIndexOf('.') + 1);
      String message =
          "'"
              + tag.name()
              + "' is not a value brief provides, so it prints nothing"
              + Suggestions.closest(last, ViewNames.ALL)
                  .map(best -> " (did you mean '" + best + "'?)")
                  .orElse("; the built-in template's header lists the values");
      Pattern at = TemplateSources.tag(tag.sigils(), tag.name());
      int column = files.column(tag.file(), tag.line(), at);
      out.add(Diagnostic.of(Rule.TEMPLATE_NAME, tag.file(), tag.line(), column, "", message));
    }
    return out;
  }

  /**
   * Runs the template over a prepared view of maps, lists and strings, stopping it once its output
   * passes {@link #MAX_OUTPUT_CHARS}.
   *
   * @throws BriefException with a {@code template-error} at the tag that passed the cap
   */
  String render(Map<String, Object> view) throws BriefException {
    CappedWriter out = new CappedWriter(MAX_OUTPUT_CHARS);
    try {
      mustache.execute(out, view);
    } catch (RuntimeException e) {
      TemplateContext at = null;
      Throwable cause = e;
      while (cause != null && !(cause instanceof CappedWriter.Full)) {
        if (cause instanceof MustacheException m && m.getContext() != null) {
          at = m.getContext();
        }
        cause = cause.getCause();
      }
      if (cause == null) {
        throw e;
      }
      String file = at == null || at.file() == null ? name : at.file();
      int line = at == null ? 1 : Math.max(1, at.line());
      throw new BriefException(
          Diagnostic.of(
              Rule.TEMPLATE_ERROR,
              file,
              line,
              1,
              "",
              "the template makes more than "
                  + MAX_OUTPUT_CHARS
                  + " characters (4 MiB) of Markdown for this brief; a memo is a few pages, so"
                  + " check the sections and partials that repeat around here"));
    }
    return out.toString();
  }

  private static Diagnostic diagnostic(
      MustacheException e, String mainName, TemplateSources files) {
    TemplateContext context = e.getContext();
    String file = context == null || context.file() == null ? mainName : context.file();
    int line = context == null ? 1 : Math.max(1, context.line());
    String raw = String.valueOf(e.getMessage());
    int at = raw.indexOf(" @[");
    raw = at >= 0 ? raw.substring(0, at) : raw;
    Matcher unclosed = UNCLOSED.matcher(raw);
    Matcher mismatched = MISMATCHED.matcher(raw);
    String message;
    Pattern tag = null;
    if (unclosed.find()) {
      String section = unclosed.group(1);
      message = "section '" + section + "' is never closed; add '{{/" + section + "}}'";
      tag = TemplateSources.tag("#^$<", section);
    } else if (mismatched.find() && mismatched.group(1).equals("null")) {
      String closing = mismatched.group(2);
      message = "'{{/" + closing + "}}' closes no open section; remove it or open it first";
      tag = TemplateSources.tag("/", closing);
    } else if (mismatched.find(0)) {
      String open = mismatched.group(1);
      String closing = mismatched.group(2);
      message =
          "'{{/"
              + closing
              + "}}' does not match the open section '"
              + open
              + "'; close it with '{{/"
              + open
              + "}}'";
      tag = TemplateSources.tag("/", closing);
    } else if (raw.startsWith("Improperly closed variable")) {
      message = "a tag is not closed; end it with '}}'";
    } else {
      message = "template cannot be compiled: " + raw.strip();
    }
    return Diagnostic.of(
        Rule.TEMPLATE_ERROR, file, line, files.column(file, line, tag), "", message);
  }

  private static String resource(String file) {
    try (InputStream in = Template.class.getResourceAsStream(RESOURCE_DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("built-in template missing from the jar: " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Holder idiom: the built-in template is compiled once, on first use, thread-safely. */
  private static final class BuiltIn {
    static final Template TEMPLATE;

    static {
      try {
        TEMPLATE = compile(BUILT_IN_FILES.get(0), builtInSources());
      } catch (BriefException e) {
        throw new IllegalStateException("built-in template is broken: " + e.getMessage(), e);
      }
    }
  }
}
