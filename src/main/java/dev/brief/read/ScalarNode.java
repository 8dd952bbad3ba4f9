package dev.brief.read;

import static java.util.Objects.requireNonNull;

/** A scalar as typed (without quotes), its resolved type, and where it starts. */
public record ScalarNode(String value, ScalarType type, Mark mark) implements Node {
  public ScalarNode {
    requireNonNull(value, "value");
    requireNonNull(type, "type");
    requireNonNull(mark, "mark");
  }
}
