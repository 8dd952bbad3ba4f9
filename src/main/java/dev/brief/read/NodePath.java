package dev.brief.read;

import java.util.ArrayList;
import java.util.List;
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
    for (String segment : segments(pointer)) {
      node = child(node, segment);
    }
    return Optional.ofNullable(node);
  }

  private static Node child(Node node, String segment) {
    if (node instanceof MappingNode map) {
      return map.get(segment).orElse(null);
    } else if (node instanceof SequenceNode seq && segment.matches("\\d{1,9}")) {
      int index = Integer.parseInt(segment);
      return index < seq.items().size() ? seq.items().get(index) : null;
    }
    return null;
  }

  private static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (!pointer.isEmpty()) {
      for (String raw : pointer.substring(1).split("/", -1)) {
        out.add(raw.replace("~1", "/").replace("~0", "~"));
      }
    }
    return out;
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
    return toFieldPath(null, pointer);
  }

  /**
   * As {@link #toFieldPath(String)}, but a segment is an index only where the tree has a list, so a
   * key that is a number ({@code 1: x} under {@code labels}) reads {@code labels.1}, not {@code
   * labels[1]}. Past the end of the tree, a segment of digits counts as an index.
   */
  public static String toFieldPath(Node root, String pointer) {
    StringBuilder out = new StringBuilder();
    Node node = root;
    for (String segment : segments(pointer)) {
      boolean index = node == null ? segment.matches("\\d{1,9}") : node instanceof SequenceNode;
      if (index) {
        out.append('[').append(segment).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(segment);
      }
      node = node == null ? null : child(node, segment);
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
