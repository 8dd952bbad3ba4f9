package dev.brief.read;

import java.util.List;
import java.util.Optional;

/** A YAML mapping in file order; keys are scalars and unique (the reader rejects duplicates). */
public record MappingNode(List<MappingNode.Entry> entries, Mark mark) implements Node {
  public MappingNode {
    entries = List.copyOf(entries);
  }

  /** One key and its value; the key's mark is where diagnostics about the field point. */
  public record Entry(ScalarNode key, Node value) {}

  public Optional<Entry> entry(String key) {
    for (Entry e : entries) {
      if (e.key().value().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public Optional<Node> get(String key) {
    return entry(key).map(Entry::value);
  }
}
