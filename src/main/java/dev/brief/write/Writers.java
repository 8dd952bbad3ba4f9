package dev.brief.write;

import dev.brief.write.html.HtmlWriter;
import dev.brief.write.md.MarkdownWriter;
import dev.brief.write.pdf.Typesetter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every output format by name, the default first. The name is also the output file's extension. A
 * new format is one package and one line here.
 */
public final class Writers {
  private static final Map<String, Function<WriterOptions, Writer>> ALL = new LinkedHashMap<>();

  static {
    ALL.put("pdf", options -> new Typesetter(options.pdf()));
    ALL.put("md", options -> new MarkdownWriter());
    ALL.put("html", options -> new HtmlWriter());
  }

  private Writers() {}

  /** The format names, the default first. */
  public static List<String> names() {
    return List.copyOf(ALL.keySet());
  }

  /** A writer for the named format, made with {@code options}; empty for an unknown name. */
  public static Optional<Writer> create(String name, WriterOptions options) {
    return Optional.ofNullable(ALL.get(name)).map(factory -> factory.apply(options));
  }
}
