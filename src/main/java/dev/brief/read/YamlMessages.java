package dev.brief.read;

import java.util.Locale;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Words SnakeYAML's errors in brief's style: lowercase, what went wrong, what to do. */
final class YamlMessages {
  private YamlMessages() {}

  static String rule(MarkedYAMLException e) {
    String problem = String.valueOf(e.getProblem());
    if (problem.contains("expected a single document")
        || String.valueOf(e.getContext()).contains("expected a single document")) {
      return "yaml-documents";
    }
    return rule(problem);
  }

  static String rule(String problem) {
    if (problem.contains("aliases") || problem.contains("Recursive")) {
      return "yaml-alias";
    }
    if (problem.toLowerCase(Locale.ROOT).contains("global tag")) {
      return "yaml-tag";
    }
    return "yaml-syntax";
  }

  static String reword(MarkedYAMLException e) {
    String problem = String.valueOf(e.getProblem());
    String context = String.valueOf(e.getContext());
    if (problem.contains("(TAB)")) {
      return "tab character in indentation; indent with spaces only";
    }
    if (problem.contains("expected a single document")
        || context.contains("expected a single document")) {
      return "file holds more than one YAML document ('---'); keep one brief per file";
    }
    if (context.contains("quoted scalar") && problem.contains("end of stream")) {
      return "quoted text is never closed; add the closing quotation mark";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "unexpected ':' here; check the indentation, or quote text that contains ': '";
    }
    if (problem.contains("expected <block end>")) {
      return "indentation does not line up with the lines above; align this key with its siblings";
    }
    if (problem.contains("could not find expected ':'")) {
      return "expected 'key: value' here; check the indentation or add the missing ':'";
    }
    if (problem.contains("found undefined alias")) {
      return "alias "
          + problem.substring(problem.indexOf("found undefined alias") + 22).trim()
          + " refers to no anchor; define the anchor first or remove the alias";
    }
    return reword(problem) + (context.equals("null") ? "" : " (" + reword(context) + ")");
  }

  static String reword(String message) {
    String text = message == null ? "invalid YAML" : message.strip();
    int newline = text.indexOf('\n');
    if (newline > 0) {
      text = text.substring(0, newline);
    }
    if (text.contains("Number of aliases")) {
      return "too many aliases to collections (more than "
          + YamlReader.MAX_COLLECTION_ALIASES
          + "); remove the anchors and aliases";
    }
    if (text.toLowerCase(Locale.ROOT).contains("global tag is not allowed: ")) {
      String tag = text.substring(text.indexOf(": ") + 2).replace("tag:yaml.org,2002:", "!!");
      return "tag '" + tag + "' is not allowed; remove it and write the value as plain text";
    }
    if (text.contains("Nesting Depth")) {
      return "nesting is deeper than " + YamlReader.MAX_DEPTH + " levels";
    }
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.isEmpty()
        ? "invalid YAML"
        : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
