package dev.brief.validate;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Suggestions;
import dev.brief.read.MappingNode;
import dev.brief.read.Mark;
import dev.brief.read.Node;
import dev.brief.read.NodePath;
import dev.brief.read.ScalarNode;
import dev.brief.read.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Words schema errors as our diagnostics: what is wrong, with which value, and what to do. Errors
 * about a value point at the value; errors about a field's presence point at its key.
 */
final class SchemaMessages {
  private final SchemaCheck check;
  private final String file;
  private final Node root;

  SchemaMessages(SchemaCheck check, String file, Node root) {
    this.check = check;
    this.file = file;
    this.root = root;
  }

  List<Diagnostic> word(SchemaError e) {
    String path = NodePath.toFieldPath(root, e.instance());
    Optional<Node> node = NodePath.atPointer(root, e.instance());
    switch (e.keyword()) {
      case "required":
        return missing(e);
      case SchemaError.FALSE:
        return List.of(unknownField(e, path));
      case "type":
        return List.of(atValue(e, Rule.WRONG_TYPE, wrongType(e, path, node)));
      case TextReadAsField.KEYWORD:
        return List.of(
            atValue(e, Rule.WRONG_TYPE, TextReadAsField.message((MappingNode) node.get(), path)));
      case "const":
        return List.of(
            atValue(
                e,
                Rule.BAD_VERSION,
                node.isPresent()
                        && node.get() instanceof ScalarNode s
                        && s.type() == ScalarType.STRING
                        && s.value().strip().equals("1")
                    ? "format version is the text '1', not the number; remove the quotes:"
                        + " 'brief: 1'"
                    : "format version " + quoted(node) + " is not supported; write 'brief: 1'"));
      case "maxLength":
        int length = node.map(n -> text(n).codePointCount(0, text(n).length())).orElse(0);
        return List.of(
            atValue(
                e,
                Rule.TOO_LONG,
                name(path)
                    + " is "
                    + length
                    + " characters long, more than "
                    + limit(e)
                    + "; shorten it"));
      case "minItems":
        return List.of(
            atValue(e, Rule.EMPTY_LIST, name(path) + " is empty; add at least one item"));
      case "pattern":
        return pattern(e, path, node);
      default:
        return List.of(atValue(e, Rule.SCHEMA, name(path) + " is not valid here"));
    }
  }

  private List<Diagnostic> missing(SchemaError e) {
    List<Diagnostic> out = new ArrayList<>();
    Optional<Node> parent = NodePath.atPointer(root, e.instance());
    String where = NodePath.toFieldPath(root, e.instance());
    for (String name : check.requiredAt(e.schema())) {
      if (parent.isPresent()
          && parent.get() instanceof MappingNode map
          && map.entry(name).isEmpty()) {
        String message =
            "missing required field '"
                + name
                + "'"
                + (where.isEmpty() ? "" : " in '" + where + "'");
        Mark mark = NodePath.markOf(root, e.instance()).orElse(root.mark());
        String path = where.isEmpty() ? name : where + "." + name;
        out.add(diagnostic(mark, Rule.MISSING_FIELD, path, message));
      }
    }
    return out;
  }

  private Diagnostic unknownField(SchemaError e, String path) {
    String last = e.instance().substring(e.instance().lastIndexOf('/') + 1);
    String key = last.replace("~1", "/").replace("~0", "~");
    String parentSchema = e.schema().replaceFirst("/additionalProperties$", "");
    List<String> allowed = check.propertiesAt(parentSchema);
    String message = "unknown field '" + key + "'";
    Optional<String> suggestion = Suggestions.closest(key, allowed);
    if (suggestion.isPresent()) {
      message += " (did you mean '" + suggestion.get() + "'?)";
    } else if (parentSchema.isEmpty()) {
      message += "; custom fields must start with 'x-'";
    } else if (!allowed.isEmpty()) {
      message += "; allowed here: " + String.join(", ", allowed);
    }
    Mark mark = NodePath.markOf(root, e.instance()).orElse(root.mark());
    return diagnostic(mark, Rule.UNKNOWN_FIELD, path, message);
  }

  private String wrongType(SchemaError e, String path, Optional<Node> node) {
    List<String> expected = check.typesAt(e.schema());
    String want = Words.types(expected);
    if (!path.isEmpty()
        && node.isPresent()
        && node.get() instanceof ScalarNode s
        && s.type() == ScalarType.NULL) {
      String after = path.endsWith("]") ? "the '-'" : "the colon";
      return name(path) + " has no value; write " + want + " after " + after;
    }
    String found = node.map(Words::found).orElse("something else");
    String message = "expected " + want + " for " + name(path) + ", found " + found;
    if (path.isEmpty()) {
      return message
          + "; write the brief as 'field: value' lines, starting with 'brief: 1' and then 'title:'";
    }
    return message + Words.hint(expected, node.orElse(null), check.propertiesAt(e.schema()));
  }

  private List<Diagnostic> pattern(SchemaError e, String path, Optional<Node> node) {
    String value = quoted(node);
    switch (e.schema()) {
      case "/$defs/text":
        return List.of(atValue(e, Rule.BLANK_TEXT, name(path) + " is blank; write some text"));
      case "/$defs/date":
        return List.of(
            atValue(
                e,
                Rule.BAD_DATE,
                name(path) + " must be a date written as YYYY-MM-DD, found " + value));
      case "/$defs/lang":
        return List.of(
            atValue(
                e,
                Rule.BAD_LANG,
                name(path) + " must be a language tag such as 'en' or 'uk', found " + value));
      case "/$defs/url":
        return List.of(
            atValue(
                e,
                Rule.BAD_URL,
                name(path)
                    + " must be a web address starting with http:// or https://, found "
                    + value));
      case "/$defs/sourceId":
        return badSourceIds(e, path, node);
      default:
        return List.of(atValue(e, Rule.SCHEMA, name(path) + " has the wrong form: " + value));
    }
  }

  private List<Diagnostic> badSourceIds(SchemaError e, String path, Optional<Node> node) {
    String rule = "; use letters, digits, '-', '_' and '.'";
    if (!e.evaluation().contains("/propertyNames/")) {
      return List.of(
          atValue(e, Rule.BAD_SOURCE_ID, "source id " + quoted(node) + " is not valid" + rule));
    }
    // propertyNames reports the whole mapping; find the offending keys ourselves.
    List<Diagnostic> out = new ArrayList<>();
    if (node.isPresent() && node.get() instanceof MappingNode map) {
      for (MappingNode.Entry entry : map.entries()) {
        if (!entry.key().value().matches(SemanticRules.SOURCE_ID)) {
          out.add(
              diagnostic(
                  entry.key().mark(),
                  Rule.BAD_SOURCE_ID,
                  path + "." + entry.key().value(),
                  "source id '" + entry.key().value() + "' is not valid" + rule));
        }
      }
    }
    return out;
  }

  private String limit(SchemaError e) {
    return NodePath.atPointer(check.schema(), e.schema() + "/maxLength")
        .map(n -> ((ScalarNode) n).value())
        .orElse("the limit");
  }

  private Diagnostic atValue(SchemaError e, Rule rule, String message) {
    Mark mark = NodePath.atPointer(root, e.instance()).map(Node::mark).orElse(root.mark());
    return diagnostic(mark, rule, NodePath.toFieldPath(root, e.instance()), message);
  }

  private Diagnostic diagnostic(Mark mark, Rule rule, String path, String message) {
    return Diagnostic.of(rule, file, mark.line(), mark.column(), path, message);
  }

  /** How a message names a field: by its path, or "the brief" for the whole document. */
  private static String name(String path) {
    return path.isEmpty() ? "the brief" : "'" + path + "'";
  }

  private static String text(Node node) {
    return node instanceof ScalarNode s ? s.value() : "";
  }

  private static String quoted(Optional<Node> node) {
    return "'" + node.map(SchemaMessages::text).orElse("") + "'";
  }
}
