package dev.brief.validate;

import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import dev.brief.read.ScalarType;
import dev.brief.read.SequenceNode;
import java.util.function.BiConsumer;

/** Every text value of a tree with its path ({@code facts[0].text}), outside {@code x-} keys. */
final class Texts {
  private Texts() {}

  static void forEach(Node root, BiConsumer<String, ScalarNode> action) {
    walk(root, "", action);
  }

  private static void walk(Node node, String path, BiConsumer<String, ScalarNode> action) {
    if (node instanceof MappingNode map) {
      for (MappingNode.Entry e : map.entries()) {
        if (!e.key().value().startsWith("x-")) {
          walk(e.value(), path.isEmpty() ? e.key().value() : path + "." + e.key().value(), action);
        }
      }
    } else if (node instanceof SequenceNode seq) {
      for (int i = 0; i < seq.items().size(); i++) {
        walk(seq.items().get(i), path + "[" + i + "]", action);
      }
    } else if (node instanceof ScalarNode s && s.type() == ScalarType.STRING) {
      action.accept(path, s);
    }
  }
}
