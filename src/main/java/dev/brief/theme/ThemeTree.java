package dev.brief.theme;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Suggestions;
import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import dev.brief.read.ScalarType;
import dev.brief.read.SequenceNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A user theme laid over the default one, key by key. Remembers which nodes came from the user's
 * file so a diagnostic names the right file; keys the default lacks are reported as unknown.
 */
final class ThemeTree {
  static final String BUILT_IN = "theme.yaml (built-in)";

  /** Mappings whose keys are open (languages), not fixed by the default theme. */
  private static final Set<String> OPEN = Set.of("page-of");

  /**
   * The most languages a theme's page-of may name: more than every language with a written
   * standard, and few enough that the theme stays a small file.
   */
  static final int MAX_LANGUAGES = 300;

  private final Node defaults;
  private final String file;
  private final Node user;
  private final List<Diagnostic> problems;
  private final Set<Node> userNodes = Collections.newSetFromMap(new IdentityHashMap<>());

  ThemeTree(Node defaults, String file, Node user, List<Diagnostic> problems) {
    this.defaults = defaults;
    this.file = file;
    this.user = user;
    this.problems = problems;
  }

  MappingNode merged() {
    if (user == null) {
      return (MappingNode) defaults;
    }
    remember(user);
    if (user instanceof ScalarNode s && s.type() == ScalarType.NULL) {
      return (MappingNode) defaults; // an empty theme file changes nothing
    }
    return (MappingNode) merge(defaults, user, "");
  }

  /** Whether the user's theme file wrote {@code node}, rather than the built-in defaults. */
  boolean isUsers(Node node) {
    return user == null || userNodes.contains(node);
  }

  String fileOf(Node node) {
    return userNodes.contains(node) ? file : (user == null ? file : BUILT_IN);
  }

  private Node merge(Node base, Node over, String key) {
    if (base instanceof MappingNode baseMap) {
      if (!(over instanceof MappingNode overMap)) {
        problem(
            over,
            (key.isEmpty() ? "a theme" : "'" + key + "'") + " must be a mapping of keys to values");
        return base;
      }
      if (OPEN.contains(key) && overMap.entries().size() > MAX_LANGUAGES) {
        problem(
            overMap.entries().get(MAX_LANGUAGES).key(),
            "'"
                + key
                + "' names "
                + overMap.entries().size()
                + " languages, more than the "
                + MAX_LANGUAGES
                + " a theme may give (keep the languages your briefs use)");
        return base;
      }
      List<MappingNode.Entry> entries = new ArrayList<>();
      for (MappingNode.Entry e : baseMap.entries()) {
        String k = e.key().value();
        entries.add(
            overMap
                .entry(k)
                .map(o -> new MappingNode.Entry(o.key(), merge(e.value(), o.value(), k)))
                .orElse(e));
      }
      for (MappingNode.Entry o : overMap.entries()) {
        if (baseMap.entry(o.key().value()).isEmpty()) {
          if (OPEN.contains(key)) {
            entries.add(o);
          } else {
            problem(o.key(), unknownKey(o.key().value(), baseMap));
          }
        }
      }
      MappingNode merged = new MappingNode(entries, overMap.mark());
      userNodes.add(merged); // it stands where the user's mapping is
      return merged;
    }
    if (base instanceof SequenceNode && !(over instanceof SequenceNode)) {
      problem(over, "'" + key + "' must be a list");
      return base;
    }
    return over;
  }

  private static String unknownKey(String key, MappingNode known) {
    List<String> keys = known.entries().stream().map(e -> e.key().value()).toList();
    return "unknown theme key '"
        + key
        + "'"
        + Suggestions.closest(key, keys).map(best -> " (did you mean '" + best + "'?)").orElse("");
  }

  private void remember(Node node) {
    userNodes.add(node);
    if (node instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        userNodes.add(e.key());
        remember(e.value());
      }
    } else if (node instanceof SequenceNode s) {
      s.items().forEach(this::remember);
    }
  }

  private void problem(Node node, String message) {
    problems.add(
        Diagnostic.of(
            Rule.THEME, fileOf(node), node.mark().line(), node.mark().column(), "", message));
  }
}
