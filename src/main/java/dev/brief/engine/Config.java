package dev.brief.engine;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Severity;
import dev.brief.read.FileKind;
import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import dev.brief.read.SequenceNode;
import dev.brief.read.YamlReader;
import dev.brief.validate.ConfigCheck;
import dev.brief.write.Writers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's configuration ({@code .brief.yaml}), read and checked: the severity each rule is
 * reported at ({@link Optional#empty()} for off), globs to leave out, and render defaults, each
 * value with its place in the file so the caller can point at it.
 */
public record Config(
    String file,
    Map<Rule, Optional<Severity>> rules,
    List<Value> exclude,
    Map<String, Value> render) {
  public Config {
    rules = Map.copyOf(rules);
    exclude = List.copyOf(exclude);
    render = Map.copyOf(render);
  }

  /** One value of the file, where it was written. */
  public record Value(String text, int line, int column) {}

  /** A configuration that sets nothing. */
  public static Config empty(String file) {
    return new Config(file, Map.of(), List.of(), Map.of());
  }

  /** A render default ({@code template}, {@code theme}, {@code format}, {@code out-dir}). */
  public Optional<Value> render(String key) {
    return Optional.ofNullable(render.get(key));
  }

  /**
   * The error for a configuration file of {@code size} bytes that is over {@link
   * Engine#MAX_INPUT_BYTES}, for callers that check the size before reading.
   */
  public static Optional<BriefException> tooLarge(String name, long size) {
    return size <= Engine.MAX_INPUT_BYTES
        ? Optional.empty()
        : Optional.of(YamlReader.tooLarge(name, size, FileKind.CONFIG));
  }

  /**
   * Reads and checks a configuration file; one holding no document (only comments) sets nothing.
   *
   * @throws BriefException with every problem, each at its line and column
   */
  public static Config read(String file, byte[] bytes) throws BriefException {
    Node root;
    try {
      root = new YamlReader(FileKind.CONFIG).read(file, bytes);
    } catch (BriefException e) {
      if (e.diagnostics().size() == 1 && e.diagnostics().get(0).rule() == Rule.EMPTY_FILE) {
        return empty(file);
      }
      throw e;
    }
    List<Diagnostic> problems = ConfigCheck.check(file, root, Writers.names());
    if (!problems.isEmpty()) {
      throw new BriefException(problems);
    }
    MappingNode map = (MappingNode) root;
    Map<Rule, Optional<Severity>> rules = new LinkedHashMap<>();
    map.get("rules")
        .ifPresent(
            node -> {
              for (MappingNode.Entry e : ((MappingNode) node).entries()) {
                String level = ((ScalarNode) e.value()).value();
                rules.put(
                    Rule.byId(e.key().value()).orElseThrow(),
                    level.equals("off")
                        ? Optional.empty()
                        : Optional.of(Severity.valueOf(level.toUpperCase(java.util.Locale.ROOT))));
              }
            });
    List<Value> exclude = new ArrayList<>();
    map.get("exclude")
        .ifPresent(node -> ((SequenceNode) node).items().forEach(n -> exclude.add(value(n))));
    Map<String, Value> render = new LinkedHashMap<>();
    map.get("render")
        .ifPresent(
            node -> {
              for (MappingNode.Entry e : ((MappingNode) node).entries()) {
                render.put(e.key().value(), value(e.value()));
              }
            });
    return new Config(file, rules, exclude, render);
  }

  private static Value value(Node node) {
    return new Value(((ScalarNode) node).value(), node.mark().line(), node.mark().column());
  }
}
