package dev.brief.read;

import dev.brief.diagnostic.Rule;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * SnakeYAML's parser with brief's limits on nodes, depth and aliases to collections, checked as the
 * events stream past: a hostile file is refused after the first node over a limit, not after the
 * whole of it is composed, and at that node's line and column (SnakeYAML's own limits have none).
 */
final class LimitedParser implements Parser {
  /** A limit was passed at {@code mark}; the reader turns it into a diagnostic. */
  static final class LimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Mark mark;
    final Rule rule;

    LimitException(Mark mark, Rule rule, String message) {
      super(message, null, false, false);
      this.mark = mark;
      this.rule = rule;
    }
  }

  private final Parser parser;
  private final Set<String> collectionAnchors = new HashSet<>();
  private final Map<String, Mark> unusedAnchors = new LinkedHashMap<>();
  private int nodes;
  private int depth;
  private int collectionAliases;

  private final LoaderOptions options;

  LimitedParser(Parser parser, LoaderOptions options) {
    this.parser = parser;
    this.options = options;
  }

  /** The options the wrapped parser was made with; the composer needs the same. */
  LoaderOptions options() {
    return options;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return parser.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public Event getEvent() {
    Event event = parser.getEvent();
    if (event instanceof NodeEvent && ++nodes > YamlReader.MAX_NODES) {
      throw new LimitException(at(event), Rule.TOO_COMPLEX, YamlMessages.tooManyNodes());
    }
    if (event instanceof NodeEvent node
        && !(event instanceof AliasEvent)
        && node.getAnchor() != null) {
      unusedAnchors.putIfAbsent(node.getAnchor(), at(event));
    }
    if (event instanceof AliasEvent alias) {
      unusedAnchors.remove(alias.getAnchor());
    }
    if (event instanceof CollectionStartEvent start) {
      if (++depth > YamlReader.MAX_DEPTH) {
        throw new LimitException(at(event), Rule.TOO_COMPLEX, YamlMessages.tooDeep());
      }
      if (start.getAnchor() != null) {
        collectionAnchors.add(start.getAnchor());
      }
    } else if (event instanceof CollectionEndEvent) {
      depth--;
    } else if (event instanceof AliasEvent alias
        && collectionAnchors.contains(alias.getAnchor())
        && ++collectionAliases > YamlReader.MAX_COLLECTION_ALIASES) {
      throw new LimitException(at(event), Rule.YAML_ALIAS, YamlMessages.tooManyAliases());
    }
    return event;
  }

  /**
   * The first anchor that no alias uses, with where it stands. In a brief that is nearly always
   * text that began with '&' ({@code title: &Co. notes}): YAML takes the word as an anchor name and
   * drops it from the value.
   */
  Optional<Map.Entry<String, Mark>> unusedAnchor() {
    return unusedAnchors.entrySet().stream().findFirst();
  }

  private static Mark at(Event event) {
    return new Mark(event.getStartMark().getLine() + 1, event.getStartMark().getColumn() + 1);
  }
}
