package dev.brief.bind;

import dev.brief.model.Brief;
import dev.brief.model.Point;
import dev.brief.model.QuotationMarks;
import dev.brief.model.Quote;
import dev.brief.model.Source;
import dev.brief.model.Statement;
import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import dev.brief.read.SequenceNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link Brief} from a tree that validated without errors. It trusts the validator, so a
 * tree of the wrong shape fails with an {@link IllegalArgumentException}, never a wrong brief. Keys
 * starting with {@code x-} are ignored; stateless and thread-safe.
 */
public final class Binder {
  /** The language of a brief that does not say. */
  public static final String DEFAULT_LANG = "en";

  private Binder() {}

  public static Brief bind(Node root) {
    MappingNode map = mapping(root);
    return new Brief(
        text(map, "title"),
        date(text(map, "date")),
        text(map, "subject"),
        optionalText(map, "author"),
        optionalText(map, "classification"),
        optionalText(map, "lang").orElse(DEFAULT_LANG),
        statement(required(map, "position")),
        statement(required(map, "proposals")),
        points(required(map, "facts")),
        points(required(map, "positives")),
        points(required(map, "risks")),
        text(map, "conclusion"),
        sources(map.get("sources")),
        labels(map.get("labels")));
  }

  private static Statement statement(Node node) {
    MappingNode map = mapping(node);
    List<Quote> quotes = new ArrayList<>();
    for (Node item : items(map.get("quotes"))) {
      MappingNode quote = mapping(item);
      quotes.add(
          new Quote(
              // The memo sets its own quotation marks; a pair typed around the text would double.
              QuotationMarks.unwrap(text(quote, "text")).orElse(text(quote, "text")),
              text(quote, "speaker"),
              optionalText(quote, "role"),
              optionalText(quote, "date").map(Binder::date),
              optionalText(quote, "source"),
              optionalText(quote, "lang")));
    }
    return new Statement(text(map, "summary"), quotes);
  }

  private static List<Point> points(Node node) {
    List<Point> points = new ArrayList<>();
    for (Node item : items(Optional.of(node))) {
      if (item instanceof ScalarNode scalar) {
        points.add(new Point(scalar.value().strip(), List.of()));
      } else {
        MappingNode map = mapping(item);
        List<String> ids = new ArrayList<>();
        for (Node id : items(map.get("sources"))) {
          ids.add(scalar(id).value());
        }
        points.add(new Point(text(map, "text"), ids));
      }
    }
    return points;
  }

  private static Map<String, Source> sources(Optional<Node> node) {
    Map<String, Source> sources = new LinkedHashMap<>();
    if (node.isPresent()) {
      for (MappingNode.Entry entry : mapping(node.get()).entries()) {
        String id = entry.key().value();
        MappingNode source = mapping(entry.value());
        sources.put(
            id,
            new Source(
                id,
                text(source, "name"),
                optionalText(source, "title"),
                optionalText(source, "url"),
                optionalText(source, "date").map(Binder::date)));
      }
    }
    return sources;
  }

  private static Map<String, String> labels(Optional<Node> node) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (node.isPresent()) {
      for (MappingNode.Entry entry : mapping(node.get()).entries()) {
        labels.put(entry.key().value(), scalar(entry.value()).value().strip());
      }
    }
    return labels;
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static List<Node> items(Optional<Node> node) {
    if (node.isEmpty()) {
      return List.of();
    } else if (node.get() instanceof SequenceNode seq) {
      return seq.items();
    }
    throw notValidated(node.get(), "a list");
  }

  private static Node required(MappingNode map, String key) {
    return map.get(key).orElseThrow(() -> notValidated(map, "field '" + key + "'"));
  }

  /**
   * Text without surrounding whitespace: a block scalar ({@code >}) ends in a line break, and
   * leading spaces would turn a Markdown paragraph into a code block.
   */
  private static String text(MappingNode map, String key) {
    return scalar(required(map, key)).value().strip();
  }

  private static Optional<String> optionalText(MappingNode map, String key) {
    return map.get(key).map(n -> scalar(n).value().strip());
  }

  private static MappingNode mapping(Node node) {
    if (node instanceof MappingNode map) {
      return map;
    }
    throw notValidated(node, "a mapping");
  }

  private static ScalarNode scalar(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar;
    }
    throw notValidated(node, "text");
  }

  private static IllegalArgumentException notValidated(Node node, String expected) {
    return new IllegalArgumentException(
        "expected "
            + expected
            + " at line "
            + node.mark().line()
            + ", column "
            + node.mark().column()
            + "; bind only a tree that validated without errors");
  }
}
