package dev.brief.read;

import java.util.Optional;

/**
 * Field paths as diagnostics print them ({@code position.quotes[0].text}) and JSON pointers ({@code
 * /position/quotes/0/text}), resolved against a tree to find a line and column.
 */
public final class NodePath {
  private NodePath() {}

  /** The node at a JSON pointer, if there is one. */
  public static Optional<Node> atPointer(Node root, String pointer) {
    Node node = root;
    if (pointer.isEmpty()) {
      return Optional.of(root);
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      if (node instanceof MappingNode map) {
        Optional<Node> next = map.get(segment);
        if (next.isEmpty()) {
          return Optional.empty();
        }
        node = next.get();
      } else if (node instanceof SequenceNode seq && segment.matches("\\d{1,9}")) {
        int index = Integer.parseInt(segment);
        if (index >= seq.items().size()) {
          return Optional.empty();
        }
        node = seq.items().get(index);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(node);
  }

  /**
   * The key node of the last mapping entry on the pointer, else the node itself: where to point.
   */
  public static Optional<Mark> markOf(Node root, String pointer) {
    int slash = pointer.lastIndexOf('/');
    if (slash >= 0) {
      Optional<Node> parent = atPointer(root, pointer.substring(0, slash));
      String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      if (parent.isPresent() && parent.get() instanceof MappingNode map) {
        Optional<MappingNode.Entry> entry = map.entry(last);
        if (entry.isPresent()) {
          return Optional.of(entry.get().key().mark());
        }
      }
    }
    return atPointer(root, pointer).map(Node::mark);
  }

  /** {@code /position/quotes/0/text} as {@code position.quotes[0].text}. */
  public static String toFieldPath(String pointer) {
    StringBuilder out = new StringBuilder();
    if (pointer.isEmpty()) {
      return "";
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      if (segment.matches("\\d{1,9}")) {
        out.append('[').append(segment).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(segment);
      }
    }
    return out.toString();
  }

  /** {@code position.quotes[0].text} as {@code /position/quotes/0/text}. */
  public static String toPointer(String fieldPath) {
    if (fieldPath.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String part : fieldPath.replace("[", ".").replace("]", "").split("\\.")) {
      if (!part.isEmpty()) {
        out.append('/').append(part.replace("~", "~0").replace("/", "~1"));
      }
    }
    return out.toString();
  }
}
