package dev.brief.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A YAML mapping in file order; keys are scalars and unique (the reader rejects duplicates). */
public final class MappingNode implements Node {
  /** Up to this many entries a lookup scans them; a bigger mapping keeps an index by key. */
  private static final int SCAN = 8;

  private final List<Entry> entries;
  private final Mark mark;

  /** Key to its first entry, for big mappings: a lookup per key would make checking quadratic. */
  private final Map<String, Entry> index;

  public MappingNode(List<Entry> entries, Mark mark) {
    this.entries = List.copyOf(entries);
    this.mark = mark;
    if (this.entries.size() > SCAN) {
      Map<String, Entry> byKey = new HashMap<>();
      for (Entry e : this.entries) {
        byKey.putIfAbsent(e.key().value(), e);
      }
      this.index = byKey;
    } else {
      this.index = null;
    }
  }

  /** One key and its value; the key's mark is where diagnostics about the field point. */
  public record Entry(ScalarNode key, Node value) {}

  public List<Entry> entries() {
    return entries;
  }

  @Override
  public Mark mark() {
    return mark;
  }

  public Optional<Entry> entry(String key) {
    if (index != null) {
      return Optional.ofNullable(index.get(key));
    }
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

  @Override
  public boolean equals(Object other) {
    return other instanceof MappingNode m && entries.equals(m.entries) && mark.equals(m.mark);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entries, mark);
  }

  @Override
  public String toString() {
    return "MappingNode[entries=" + entries + ", mark=" + mark + "]";
  }
}
