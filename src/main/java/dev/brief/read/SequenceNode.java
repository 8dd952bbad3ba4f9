package dev.brief.read;

import java.util.List;

/** A YAML sequence. */
public record SequenceNode(List<Node> items, Mark mark) implements Node {
  public SequenceNode {
    items = List.copyOf(items);
  }
}
