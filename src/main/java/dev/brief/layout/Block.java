package dev.brief.layout;

import static java.util.Objects.requireNonNull;

import org.commonmark.node.Node;

/**
 * One top-level block of the memo: its kind, its Markdown node, and where a page may break around
 * it. {@code keepWithNext}: the block introduces the next one (a heading, or a lead-in paragraph
 * before a list) and must not end a page. {@code unbrokenLines}: a block of up to this many lines
 * is never split, so no page starts or ends with a lone line of it.
 */
public record Block(Kind kind, Node node, boolean keepWithNext, int unbrokenLines) {
  public Block {
    requireNonNull(kind, "kind");
    requireNonNull(node, "node");
  }
}
