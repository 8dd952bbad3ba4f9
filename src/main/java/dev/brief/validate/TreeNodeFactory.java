package dev.brief.validate;

import dev.brief.diagnostic.BriefException;
import dev.brief.read.Node;
import dev.brief.read.YamlReader;
import dev.harrel.jsonschema.JsonNode;
import dev.harrel.jsonschema.JsonNodeFactory;
import java.nio.charset.StandardCharsets;

/**
 * Lets the schema library work on our node tree. Text (the schema itself, and the meta-schemas when
 * a test checks it) is read with our own YAML reader, since JSON is YAML: no Jackson needed.
 */
final class TreeNodeFactory implements JsonNodeFactory {
  @Override
  public JsonNode wrap(Object node) {
    if (node instanceof TreeJsonNode tree) {
      return tree;
    } else if (node instanceof Node tree) {
      return new TreeJsonNode(tree, "");
    }
    throw new IllegalArgumentException("not a brief node tree: " + node);
  }

  @Override
  public JsonNode create(String text) {
    return new TreeJsonNode(parse(text), "");
  }

  static Node parse(String text) {
    try {
      return new YamlReader().read("schema", text.getBytes(StandardCharsets.UTF_8));
    } catch (BriefException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
