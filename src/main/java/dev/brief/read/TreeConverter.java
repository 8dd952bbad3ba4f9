package dev.brief.read;

import static dev.brief.read.YamlReader.MAX_DEPTH;
import static dev.brief.read.YamlReader.MAX_NODES;
import static dev.brief.read.YamlReader.fail;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * SnakeYAML's nodes to ours: checks tags, duplicate keys and the characters in values, bounds the
 * work done on aliases.
 */
final class TreeConverter {
  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

  private final String file;
  private final CommentCheck comments;
  private final List<Diagnostic> warnings;
  private final FileKind kind;

  /** Every value with a character it may not hold; a set, as an alias revisits its anchor's. */
  private final Set<Diagnostic> badCharacters = new LinkedHashSet<>();

  private int nodes;

  TreeConverter(String file, String text, List<Diagnostic> warnings, FileKind kind) {
    this.file = file;
    this.comments = new CommentCheck(file, text);
    this.warnings = warnings;
    this.kind = kind;
  }

  /** The tree under {@code root}, or every value that holds a character no value may hold. */
  Node convert(org.yaml.snakeyaml.nodes.Node root) throws BriefException {
    Node tree = convert(root, 0);
    if (!badCharacters.isEmpty()) {
      throw new BriefException(List.copyOf(badCharacters));
    }
    return tree;
  }

  private Node convert(org.yaml.snakeyaml.nodes.Node node, int depth) throws BriefException {
    Mark mark = new Mark(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    // The parser bounds what is written; these bound what aliases expand to.
    if (++nodes > MAX_NODES) {
      throw fail(
          file, mark.line(), mark.column(), Rule.TOO_COMPLEX, YamlMessages.tooManyNodes(kind));
    }
    if (depth > MAX_DEPTH) {
      throw fail(file, mark.line(), mark.column(), Rule.TOO_COMPLEX, YamlMessages.tooDeep(kind));
    }
    if (!PLAIN_TAGS.contains(node.getTag())) {
      throw fail(
          file,
          mark.line(),
          mark.column(),
          Rule.YAML_TAG,
          "tag '"
              + node.getTag().getValue().replace(Tag.PREFIX, "!!")
              + "' is not allowed; remove it and write the value as plain text");
    }
    if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) {
      comments.check(scalar, warnings);
      TextCharacters.firstBad(scalar.getValue(), kind)
          .ifPresent(
              message ->
                  badCharacters.add(
                      Diagnostic.of(
                          Rule.CONTROL_CHARACTER, file, mark.line(), mark.column(), "", message)));
      return new ScalarNode(FoldedBreaks.value(scalar), typeOf(scalar.getTag()), mark);
    }
    if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
      List<Node> items = new ArrayList<>();
      for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
        items.add(convert(item, depth + 1));
      }
      return new SequenceNode(items, mark);
    }
    org.yaml.snakeyaml.nodes.MappingNode map = (org.yaml.snakeyaml.nodes.MappingNode) node;
    List<MappingNode.Entry> entries = new ArrayList<>();
    Map<String, Mark> seen = new HashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      Node key = convert(tuple.getKeyNode(), depth + 1);
      if (!(key instanceof ScalarNode scalarKey)) {
        throw fail(
            file,
            key.mark().line(),
            key.mark().column(),
            Rule.YAML_KEY,
            "a key must be plain text, not a list or mapping");
      }
      // YAML 1.2 dropped merge keys; read as a plain key, '<<' would only be an unknown field.
      if (scalarKey.value().equals("<<")
          && tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode plain
          && plain.isPlain()) {
        throw fail(
            file,
            scalarKey.mark().line(),
            scalarKey.mark().column(),
            Rule.YAML_MERGE,
            "merge keys ('<<') are not supported; write the fields out in full");
      }
      Mark first = seen.putIfAbsent(scalarKey.value(), scalarKey.mark());
      if (first != null) {
        throw fail(
            file,
            scalarKey.mark().line(),
            scalarKey.mark().column(),
            Rule.DUPLICATE_KEY,
            "duplicate key '"
                + scalarKey.value()
                + "' (first defined at line "
                + first.line()
                + "); remove one of them");
      }
      entries.add(new MappingNode.Entry(scalarKey, convert(tuple.getValueNode(), depth + 1)));
    }
    return new MappingNode(entries, mark);
  }

  private static ScalarType typeOf(Tag tag) {
    if (Tag.INT.equals(tag)) {
      return ScalarType.INTEGER;
    } else if (Tag.FLOAT.equals(tag)) {
      return ScalarType.FLOAT;
    } else if (Tag.BOOL.equals(tag)) {
      return ScalarType.BOOLEAN;
    } else if (Tag.NULL.equals(tag)) {
      return ScalarType.NULL;
    }
    return ScalarType.STRING;
  }
}
