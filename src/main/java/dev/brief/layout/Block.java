package dev.brief.layout;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.commonmark.node.Node;

/**
 * One top-level block of the memo: its kind, its Markdown node, and where a page may break around
 * it. {@code keepWithNext}: the block introduces the next one (a heading, or a lead-in paragraph
 * before a list) and must not end a page. {@code unbrokenLines}: a block of up to this many lines
 * is never split, so no page starts or ends with a lone line of it. {@code lang}: the block's
 * language as a BCP 47 tag when it is not the memo's (a quote's {@code lang}), for HTML {@code
 * lang} and the PDF's {@code /Lang}; empty for every other block.
 */
public record Block(
    Kind kind, Node node, boolean keepWithNext, int unbrokenLines, Optional<String> lang) {
  public Block {
    requireNonNull(kind, "kind");
    requireNonNull(node, "node");
    requireNonNull(lang, "lang");
  }
}
