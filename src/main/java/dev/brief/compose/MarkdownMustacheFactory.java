package dev.brief.compose;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.MapObjectHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Mustache factory for Markdown: every value is escaped by {@link MarkdownText}, partials come
 * only from the template folder's own files, and tags that would bypass the escaping (triple
 * mustache, {@code &}), dynamic partials, pragmas and delimiter changes are template errors. One
 * factory compiles one template; the compiled template only reads it afterwards.
 */
final class MarkdownMustacheFactory extends DefaultMustacheFactory {
  /** A partial tag: which file it names, and where it stands. */
  record Include(String path, String name, String file, int line) {}

  /** A value or section tag: the name it looks up, its sigils, and where it stands. */
  record Lookup(String name, String sigils, String file, int line) {}

  private final TemplateSources sources;
  private final Map<String, List<Include>> includes = new LinkedHashMap<>();
  private final List<Lookup> lookups = new ArrayList<>();
  private final Map<String, Mustache> compiled = new HashMap<>();

  MarkdownMustacheFactory(TemplateSources sources) {
    // Files come only from getReader below; the resolver is never asked.
    super(name -> null);
    this.sources = sources;
    setObjectHandler(new MapObjectHandler());
    mc.setAllowChangingDelimeters(false);
  }

  /** Every name the template's tags look up, in the order the parser met them. */
  List<Lookup> lookups() {
    return lookups;
  }

  /** The partial tags of each file, in the order the parser met them. */
  Map<String, List<Include>> includes() {
    return includes;
  }

  @Override
  public void encode(String value, Writer writer) {
    try {
      writer.write(MarkdownText.escape(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public java.io.Reader getReader(String path) {
    String text = sources.files().get(path);
    if (text == null) {
      // Only a partial gets here with a missing file: the main file is checked before compiling.
      Include first = firstInclude(path);
      String name = "partial '" + first.name() + "'";
      String message;
      if (sources.refused().containsKey(path)) {
        message = name + " cannot be used: '" + path + "' " + sources.refused().get(path);
      } else if (sources.folderDepth(path) > Template.MAX_FOLDER_DEPTH) {
        message =
            name
                + " is "
                + sources.folderDepth(path)
                + " folders below the template's folder, deeper than brief looks (at most "
                + Template.MAX_FOLDER_DEPTH
                + "); move '"
                + path
                + "' up";
      } else {
        message = name + " not found: there is no file '" + path + "' in the template folder";
      }
      throw sources.problem(
          first.file(), first.line(), TemplateSources.tag("><", first.name()), message);
    }
    return new StringReader(text);
  }

  /**
   * Compiles each partial file once and shares it between the tags that name it: Mustache would
   * compile it anew for every tag, so partials that fan out (16 tags, each naming a file of 16
   * tags...) took time and memory exponential in the depth before a single word was written.
   */
  @Override
  public Mustache compilePartial(String path) {
    Mustache done = compiled.get(path);
    if (done == null) {
      done = super.compilePartial(path);
      compiled.put(path, done);
    }
    return done;
  }

  @Override
  public String resolvePartialPath(String dir, String name, String extension) {
    return TemplateSources.partialPath(dir, name);
  }

  private Include firstInclude(String path) {
    for (List<Include> list : includes.values()) {
      for (Include include : list) {
        if (include.path().equals(path)) {
          return include;
        }
      }
    }
    return new Include(path, path, path, 1);
  }

  @Override
  public MustacheVisitor createMustacheVisitor() {
    return new DefaultMustacheVisitor(this) {
      @Override
      public void partial(TemplateContext tc, String variable, String indent) {
        include(tc, variable, ">");
        super.partial(tc, variable, indent);
      }

      @Override
      public void extend(TemplateContext tc, String variable, Mustache mustache) {
        include(tc, variable, "<");
        super.extend(tc, variable, mustache);
      }

      @Override
      public void dynamicPartial(TemplateContext tc, String variable, String indent) {
        throw sources.problem(
            tc.file(),
            tc.line(),
            TemplateSources.tag(">", "*" + variable),
            "dynamic partial '" + variable + "' is not supported; name the partial file");
      }

      @Override
      public void value(TemplateContext tc, String variable, boolean encoded) {
        if (!encoded) {
          throw sources.problem(
              tc.file(),
              tc.line(),
              TemplateSources.tag("{&", variable),
              "'"
                  + variable
                  + "' is placed unescaped; write '{{"
                  + variable
                  + "}}': brief text is always escaped as Markdown");
        }
        lookups.add(new Lookup(variable, "", tc.file(), tc.line()));
        super.value(tc, variable, encoded);
      }

      @Override
      public void iterable(TemplateContext tc, String variable, Mustache mustache) {
        lookups.add(new Lookup(variable, "#", tc.file(), tc.line()));
        super.iterable(tc, variable, mustache);
      }

      @Override
      public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
        lookups.add(new Lookup(variable, "^", tc.file(), tc.line()));
        super.notIterable(tc, variable, mustache);
      }

      @Override
      public void pragma(TemplateContext tc, String pragma, String args) {
        throw sources.problem(
            tc.file(),
            tc.line(),
            TemplateSources.tag("%", pragma),
            "pragma '" + pragma + "' is not supported; remove it");
      }
    };
  }

  private void include(TemplateContext tc, String name, String sigil) {
    if (!TemplateSources.staysInside(name)) {
      throw sources.problem(
          tc.file(),
          tc.line(),
          TemplateSources.tag(sigil, name),
          "partial '"
              + name
              + "' is outside the template folder; name a file beside the"
              + " template or in a folder below it");
    }
    String path = TemplateSources.partialPath(tc.file(), name);
    includes
        .computeIfAbsent(tc.file(), f -> new ArrayList<>())
        .add(new Include(path, name, tc.file(), tc.line()));
  }
}
