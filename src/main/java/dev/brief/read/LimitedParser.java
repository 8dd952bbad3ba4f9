package dev.brief.read;

import dev.brief.diagnostic.Rule;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
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
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's parser with brief's limits on nodes, depth, aliases to collections and the text that
 * aliases expand to, checked as the events stream past: a hostile file is refused after the first
 * node over a limit, not after the whole of it is composed, and at that node's line and column
 * (SnakeYAML's own limits have none).
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

  /** A collection being read: where the text count stood at its start, and its anchor. */
  private record Open(long textBefore, String anchor) {}

  private final Parser parser;
  private final Set<String> collectionAnchors = new HashSet<>();
  private final Map<String, Mark> unusedAnchors = new LinkedHashMap<>();

  /** Characters of scalar text under each anchor, aliases within it expanded. */
  private final Map<String, Long> anchorText = new HashMap<>();

  private final Deque<Open> open = new ArrayDeque<>();
  private int nodes;
  private int depth;
  private int collectionAliases;

  /** Characters of scalar text in the document so far, each alias counted as what it expands to. */
  private long text;

  private final long maxText;
  private final LoaderOptions options;
  private final StreamReader reader;
  private final String source;
  private final FileKind kind;

  LimitedParser(
      Parser parser, LoaderOptions options, StreamReader reader, String source, FileKind kind) {
    this.parser = parser;
    this.options = options;
    this.reader = reader;
    this.source = source;
    this.kind = kind;
    this.maxText = maxAliasText(source.length());
  }

  /**
   * The most scalar text a file of {@code length} chars may expand to through aliases: {@value
   * YamlReader#ALIAS_TEXT_FACTOR} times its length, and never more than {@link
   * YamlReader#MAX_BYTES}. A file's own text is shorter than the file, so only aliases can pass the
   * bound; the cap keeps the worst case to what a 1 MiB file without aliases already costs, and the
   * factor keeps a small brief small (a 34 KB brief once expanded to 9,236 pages) while leaving
   * room to reuse a name, a role or even a long quote many times. It is counted over the whole
   * document, as aliases nest: ten levels of collections aliased twice each stay within the 20
   * aliases to collections and still multiply the text by 1,024.
   */
  static long maxAliasText(int length) {
    return Math.min((long) YamlReader.ALIAS_TEXT_FACTOR * length, YamlReader.MAX_BYTES);
  }

  /** The options the wrapped parser was made with; the composer needs the same. */
  LoaderOptions options() {
    return options;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    try {
      return parser.checkEvent(choice);
    } catch (NumberFormatException e) {
      throw badEscape();
    }
  }

  @Override
  public Event peekEvent() {
    try {
      return parser.peekEvent();
    } catch (NumberFormatException e) {
      throw badEscape();
    }
  }

  @Override
  public Event getEvent() {
    Event event;
    try {
      event = parser.getEvent();
    } catch (NumberFormatException e) {
      throw badEscape();
    }
    if (event instanceof NodeEvent && ++nodes > YamlReader.MAX_NODES) {
      throw new LimitException(at(event), Rule.TOO_COMPLEX, YamlMessages.tooManyNodes(kind));
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
        throw new LimitException(at(event), Rule.TOO_COMPLEX, YamlMessages.tooDeep(kind));
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
    countText(event);
    return event;
  }

  /** Adds the scalar text an event stands for, an alias's as it expands, and checks the total. */
  private void countText(Event event) {
    if (event instanceof CollectionStartEvent start) {
      open.push(new Open(text, start.getAnchor()));
    } else if (event instanceof CollectionEndEvent) {
      Open closed = open.pop();
      if (closed.anchor() != null) {
        anchorText.put(closed.anchor(), text - closed.textBefore());
      }
    } else if (event instanceof ScalarEvent scalar) {
      text += scalar.getValue().length();
      if (scalar.getAnchor() != null) {
        anchorText.put(scalar.getAnchor(), (long) scalar.getValue().length());
      }
    } else if (event instanceof AliasEvent alias) {
      // An alias to a collection still open is recursive, and the composer refuses it.
      text += anchorText.getOrDefault(alias.getAnchor(), 0L);
      if (text > maxText) {
        throw new LimitException(
            at(event), Rule.YAML_ALIAS, YamlMessages.tooMuchAliasText(maxText));
      }
    }
  }

  /**
   * The first anchor that no alias uses, with where it stands. In a brief that is nearly always
   * text that began with '&' ({@code title: &Co. notes}): YAML takes the word as an anchor name and
   * drops it from the value.
   */
  Optional<Map.Entry<String, Mark>> unusedAnchor() {
    return unusedAnchors.entrySet().stream().findFirst();
  }

  /**
   * SnakeYAML parses a '\U' escape's eight hex digits as a signed int, which fails from 80000000
   * up, and leaves its reader at the first digit.
   */
  private LimitException badEscape() {
    org.yaml.snakeyaml.error.Mark digits = reader.getMark();
    int start = SourceText.charIndex(source, digits.getIndex());
    String hex = source.substring(start, Math.min(start + 8, source.length()));
    return new LimitException(
        new Mark(digits.getLine() + 1, Math.max(1, digits.getColumn() - 1)),
        Rule.YAML_SYNTAX,
        YamlMessages.escapePastUnicode(hex));
  }

  private static Mark at(Event event) {
    return new Mark(event.getStartMark().getLine() + 1, event.getStartMark().getColumn() + 1);
  }
}
