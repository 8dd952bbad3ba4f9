package dev.brief.validate;

import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import dev.brief.read.SequenceNode;
import java.util.ArrayList;
import java.util.List;

/** How messages name JSON types and the values a user wrote, in a writer's words, not JSON's. */
final class Words {
  private Words() {}

  /** {@code [string, object]} as "text or a mapping". */
  static String types(List<String> jsonTypes) {
    List<String> words = new ArrayList<>();
    for (String type : jsonTypes) {
      String word = type(type);
      if (!words.contains(word)) {
        words.add(word);
      }
    }
    return words.isEmpty() ? "another kind of value" : String.join(" or ", words);
  }

  private static String type(String jsonType) {
    switch (jsonType) {
      case "string":
        return "text";
      case "array":
        return "a list";
      case "object":
        return "a mapping";
      case "integer":
        return "a whole number";
      case "number":
        return "a number";
      case "boolean":
        return "true or false";
      default:
        return "nothing";
    }
  }

  /** What the user wrote, for "found ...". */
  static String found(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    } else if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode scalar = (ScalarNode) node;
    switch (scalar.type()) {
      case INTEGER:
      case FLOAT:
        return "the number " + scalar.value();
      case BOOLEAN:
        return "the boolean " + scalar.value();
      case NULL:
        return "nothing";
      default:
        return "text";
    }
  }

  /** What to do about a type mismatch, starting with "; ", or nothing when there is no advice. */
  static String hint(List<String> expected, Node node, List<String> fields) {
    if (expected.contains("string") && node instanceof ScalarNode) {
      return "; quote the value";
    } else if (expected.contains("string") && expected.contains("object")) {
      return "";
    } else if (expected.contains("array") && !(node instanceof SequenceNode)) {
      return "; write each item on its own line starting with '- '";
    } else if (expected.contains("object") && !(node instanceof MappingNode)) {
      return fields.isEmpty()
          ? "; write its fields on indented lines below"
          : "; write its fields (" + String.join(", ", fields) + ") on indented lines below";
    }
    return "";
  }
}
