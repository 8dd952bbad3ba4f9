package dev.brief.validate;

import dev.brief.diagnostic.Suggestions;
import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.NodePath;
import dev.brief.read.ScalarNode;
import dev.brief.read.ScalarType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Text with ': ' in it that YAML read as a one-field mapping: {@code - Note: export routes} is
 * {@code {Note: export routes}}. The schema sees a mapping where text belongs, and for a point
 * reports a missing 'text' and an unknown field 'Note'; one error saying to quote the text replaces
 * them. A key that is, or nearly is, a field of the place ({@code txt:}) stays the schema's to
 * word.
 */
final class TextReadAsField {
  /** The keyword of the one error that replaces the schema's; {@link SchemaMessages} words it. */
  static final String KEYWORD = "textReadAsField";

  /** How much of the text a message shows. */
  private static final int SHOWN = 60;

  private TextReadAsField() {}

  /** The schema errors with those about text read as a field merged into one each. */
  static List<SchemaError> merge(List<SchemaError> errors, Node root, SchemaCheck check) {
    Set<String> found = new LinkedHashSet<>();
    for (SchemaError e : errors) {
      if (e.keyword().equals("type")
          && check.typesAt(e.schema()).contains("string")
          && NodePath.atPointer(root, e.instance()).orElse(null) instanceof MappingNode map
          && isReadAsField(map, fieldsAt(e.instance(), errors, check))) {
        found.add(e.instance());
      }
    }
    if (found.isEmpty()) {
      return errors;
    }
    List<SchemaError> kept = new ArrayList<>();
    for (SchemaError e : errors) {
      if (found.stream()
          .noneMatch(i -> e.instance().equals(i) || e.instance().startsWith(i + "/"))) {
        kept.add(e);
      }
    }
    found.forEach(i -> kept.add(new SchemaError(KEYWORD, i, "", "")));
    return kept;
  }

  /**
   * The fields a mapping may have here: a point's text and sources, nothing where only text fits.
   */
  private static List<String> fieldsAt(
      String instance, List<SchemaError> errors, SchemaCheck check) {
    List<String> fields = new ArrayList<>();
    for (SchemaError e : errors) {
      if (e.keyword().equals("required") && e.instance().equals(instance)) {
        fields.addAll(check.propertiesAt(e.schema()));
      }
    }
    return fields;
  }

  private static boolean isReadAsField(MappingNode map, List<String> fields) {
    if (map.entries().size() != 1) {
      return false;
    }
    MappingNode.Entry entry = map.entries().get(0);
    String key = entry.key().value();
    return entry.value() instanceof ScalarNode value
        && value.type() != ScalarType.NULL
        && !fields.contains(key)
        && Suggestions.closest(key, fields).isEmpty();
  }

  /** The message for the mapping at {@code path}, as the user typed it. */
  static String message(MappingNode map, String path) {
    MappingNode.Entry entry = map.entries().get(0);
    String key = entry.key().value();
    String text = key + ": " + ((ScalarNode) entry.value()).value().strip();
    int newline = text.indexOf('\n');
    int end = Math.min(SHOWN, newline < 0 ? text.length() : newline);
    // Only points are text in a list; everything else is a field's text.
    String what = path.endsWith("]") ? "point" : "text";
    return "'"
        + text.substring(0, end)
        + (end < text.length() ? "..." : "")
        + "' was read as a field '"
        + key
        + "' because of ': '; put the whole "
        + what
        + " in quotes";
  }
}
