package dev.brief.validate;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Severity;
import dev.brief.diagnostic.Suggestions;
import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import dev.brief.read.ScalarType;
import dev.brief.read.SequenceNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the tree of a configuration file ({@code .brief.yaml}): its keys, rule ids, severities,
 * globs and render defaults, each problem a {@code config} error at its line and column.
 */
public final class ConfigCheck {
  /** The keys a configuration may have, in the order the README lists them. */
  public static final List<String> KEYS = List.of("rules", "exclude", "render");

  /** The keys of {@code render}. */
  public static final List<String> RENDER_KEYS = List.of("template", "theme", "format", "out-dir");

  /** What a rule may be set to. */
  public static final List<String> SEVERITIES = List.of("off", "warning", "error");

  private final String file;
  private final List<String> formats;
  private final List<Diagnostic> problems = new ArrayList<>();

  private ConfigCheck(String file, List<String> formats) {
    this.file = file;
    this.formats = formats;
  }

  /** Every problem in the configuration {@code root} of {@code file}; none when it is good. */
  public static List<Diagnostic> check(String file, Node root, List<String> formats) {
    ConfigCheck check = new ConfigCheck(file, formats);
    check.root(root);
    return List.copyOf(check.problems);
  }

  private void root(Node root) {
    if (!(root instanceof MappingNode map)) {
      problem(root, "a configuration is a mapping of " + quotedList(KEYS) + ", not " + kind(root));
      return;
    }
    for (MappingNode.Entry e : map.entries()) {
      String key = e.key().value();
      switch (key) {
        case "rules" -> rules(e.value());
        case "exclude" -> exclude(e.value());
        case "render" -> render(e.value());
        default -> unknownKey(e.key(), KEYS, "");
      }
    }
  }

  private void rules(Node node) {
    if (!(node instanceof MappingNode map)) {
      problem(node, "'rules' is a mapping of rule id to off, warning or error, not " + kind(node));
      return;
    }
    List<String> ids = Arrays.stream(Rule.values()).map(Rule::id).toList();
    for (MappingNode.Entry e : map.entries()) {
      String id = e.key().value();
      var rule = Rule.byId(id);
      if (rule.isEmpty()) {
        problem(
            e.key(),
            "unknown rule '"
                + id
                + "'"
                + Suggestions.closest(id, ids).map(b -> " (did you mean '" + b + "'?)").orElse("")
                + "; the README's table of rules lists them");
        continue;
      }
      if (!(e.value() instanceof ScalarNode value) || !SEVERITIES.contains(value.value())) {
        problem(
            e.value(),
            "'rules." + id + "' is " + shown(e.value()) + "; set a rule to off, warning or error");
      } else if (rule.get().defaultSeverity() == Severity.ERROR && !value.value().equals("error")) {
        problem(
            value,
            "'"
                + id
                + "' is an error, which stops a brief from being rendered, so it cannot be set to '"
                + value.value()
                + "'; only warnings can be turned off or down");
      }
    }
  }

  private void exclude(Node node) {
    if (!(node instanceof SequenceNode list)) {
      problem(node, "'exclude' is a list of globs, not " + kind(node));
      return;
    }
    for (Node item : list.items()) {
      if (!(item instanceof ScalarNode glob)
          || glob.type() != ScalarType.STRING
          || glob.value().isBlank()) {
        problem(item, "an 'exclude' glob is text such as 'drafts/**', not " + shown(item));
      }
    }
  }

  private void render(Node node) {
    if (!(node instanceof MappingNode map)) {
      problem(node, "'render' is a mapping of " + quotedList(RENDER_KEYS) + ", not " + kind(node));
      return;
    }
    for (MappingNode.Entry e : map.entries()) {
      String key = e.key().value();
      if (!RENDER_KEYS.contains(key)) {
        unknownKey(e.key(), RENDER_KEYS, "render.");
      } else if (!(e.value() instanceof ScalarNode value)
          || value.type() != ScalarType.STRING
          || value.value().isBlank()) {
        problem(e.value(), "'render." + key + "' is text, not " + shown(e.value()));
      } else if (key.equals("format") && !formats.contains(value.value())) {
        problem(
            value,
            "'render.format' is '" + value.value() + "'; use one of " + String.join(", ", formats));
      }
    }
  }

  private void unknownKey(ScalarNode key, List<String> known, String prefix) {
    problem(
        key,
        "unknown key '"
            + prefix
            + key.value()
            + "'"
            + Suggestions.closest(key.value(), known)
                .map(b -> " (did you mean '" + prefix + b + "'?)")
                .orElse("")
            + "; the keys are "
            + quotedList(known));
  }

  private void problem(Node at, String message) {
    problems.add(
        Diagnostic.of(Rule.CONFIG, file, at.mark().line(), at.mark().column(), "", message));
  }

  private static String quotedList(List<String> words) {
    return String.join(", ", words.stream().map(w -> "'" + w + "'").toList());
  }

  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    } else if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode s = (ScalarNode) node;
    return s.type() == ScalarType.NULL ? "empty" : "'" + s.value() + "'";
  }

  private static String shown(Node node) {
    return kind(node);
  }
}
