package dev.brief.compose;

import dev.brief.model.Brief;
import dev.brief.model.Point;
import dev.brief.model.Quote;
import dev.brief.model.Source;
import dev.brief.model.Statement;
import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import dev.brief.read.SequenceNode;
import dev.brief.read.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for bind.Binder until it lands on main: turns a valid brief file into a Brief,
 * trusting it to be valid. Replace its uses with the real binder then.
 */
final class TestBriefs {
  private TestBriefs() {}

  static Brief read(Path file) throws Exception {
    Node root = new YamlReader().read(file.toString(), Files.readAllBytes(file));
    MappingNode m = (MappingNode) root;
    Map<String, Source> sources = new LinkedHashMap<>();
    m.get("sources")
        .ifPresent(
            node -> {
              for (MappingNode.Entry e : ((MappingNode) node).entries()) {
                MappingNode s = (MappingNode) e.value();
                String id = e.key().value();
                sources.put(
                    id,
                    new Source(
                        id, text(s, "name"), opt(s, "title"), opt(s, "url"), date(s, "date")));
              }
            });
    Map<String, String> labels = new LinkedHashMap<>();
    m.get("labels")
        .ifPresent(
            node -> {
              for (MappingNode.Entry e : ((MappingNode) node).entries()) {
                labels.put(e.key().value(), ((ScalarNode) e.value()).value());
              }
            });
    return new Brief(
        text(m, "title"),
        LocalDate.parse(text(m, "date")),
        text(m, "subject"),
        opt(m, "author"),
        opt(m, "classification"),
        opt(m, "lang").orElse("en"),
        statement((MappingNode) m.get("position").orElseThrow()),
        statement((MappingNode) m.get("proposals").orElseThrow()),
        points(m, "facts"),
        points(m, "positives"),
        points(m, "risks"),
        text(m, "conclusion"),
        sources,
        labels);
  }

  private static Statement statement(MappingNode m) {
    List<Quote> quotes = new ArrayList<>();
    m.get("quotes")
        .ifPresent(
            node -> {
              for (Node item : ((SequenceNode) node).items()) {
                MappingNode q = (MappingNode) item;
                quotes.add(
                    new Quote(
                        text(q, "text"),
                        text(q, "speaker"),
                        opt(q, "role"),
                        date(q, "date"),
                        opt(q, "source")));
              }
            });
    return new Statement(text(m, "summary"), quotes);
  }

  private static List<Point> points(MappingNode m, String key) {
    List<Point> points = new ArrayList<>();
    for (Node item : ((SequenceNode) m.get(key).orElseThrow()).items()) {
      if (item instanceof ScalarNode s) {
        points.add(new Point(s.value(), List.of()));
      } else {
        MappingNode p = (MappingNode) item;
        List<String> ids = new ArrayList<>();
        p.get("sources")
            .ifPresent(
                n -> ((SequenceNode) n).items().forEach(i -> ids.add(((ScalarNode) i).value())));
        points.add(new Point(text(p, "text"), ids));
      }
    }
    return points;
  }

  private static String text(MappingNode m, String key) {
    return ((ScalarNode) m.get(key).orElseThrow(() -> new IllegalArgumentException(key))).value();
  }

  private static Optional<String> opt(MappingNode m, String key) {
    return m.get(key).map(n -> ((ScalarNode) n).value());
  }

  private static Optional<LocalDate> date(MappingNode m, String key) {
    return opt(m, key).map(LocalDate::parse);
  }
}
