package dev.brief.read;

/**
 * A YAML node with the place it starts. Scalars keep the text the user typed; their type follows
 * the YAML 1.2 core schema, so {@code no} is a string and an unquoted date stays its text.
 */
public sealed interface Node permits MappingNode, SequenceNode, ScalarNode {
  Mark mark();
}
