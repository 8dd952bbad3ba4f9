package dev.brief.read;

import dev.brief.diagnostic.Rule;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Words SnakeYAML's errors in brief's style: lowercase, what went wrong, what to do. */
final class YamlMessages {
  private static final String QUOTE_IT = "; put the whole value in quotes";
  private static final Pattern UNKNOWN_CODE =
      Pattern.compile("found unknown escape character ([0-9A-Fa-f]{8})");

  private YamlMessages() {}

  static Rule rule(MarkedYAMLException e) {
    String problem = String.valueOf(e.getProblem());
    if (problem.contains("expected a single document")
        || String.valueOf(e.getContext()).contains("expected a single document")) {
      return Rule.YAML_DOCUMENTS;
    }
    return rule(problem);
  }

  static Rule rule(String problem) {
    if (problem.contains("aliases") || problem.contains("Recursive")) {
      return Rule.YAML_ALIAS;
    }
    if (problem.toLowerCase(Locale.ROOT).contains("global tag")) {
      return Rule.YAML_TAG;
    }
    return Rule.YAML_SYNTAX;
  }

  /**
   * Whether the error is best shown where the construct began (the context mark) rather than where
   * the parser gave up: an unclosed quote is found at the end of the file, a key without ':' on the
   * next line, and a value starting with '*' wherever the would-be alias name stops.
   */
  static boolean atStart(MarkedYAMLException e) {
    String context = String.valueOf(e.getContext());
    return e.getContextMark() != null
        && (context.contains("quoted scalar")
            || context.contains("simple key")
            || context.contains("an alias")
            || context.contains("an anchor"));
  }

  /**
   * The message for a syntax error; {@code afterValue} says whether other text precedes the problem
   * on its line, which tells text after a closed value from a line indented wrongly.
   */
  static String reword(MarkedYAMLException e, boolean afterValue, FileKind kind) {
    String problem = String.valueOf(e.getProblem());
    String context = String.valueOf(e.getContext());
    if (problem.contains("(TAB)")) {
      return afterValue
          ? "tab character before a value; YAML needs spaces here, so replace it with a space"
          : "tab character in indentation; indent with spaces only";
    }
    if (problem.contains("expected a single document")
        || context.contains("expected a single document")) {
      return "file holds more than one YAML document ('---'); keep one "
          + kind.noun()
          + " per file";
    }
    if (context.contains("quoted scalar") && problem.contains("end of stream")) {
      return "quoted text is never closed; add the closing quotation mark";
    }
    if (context.contains("an alias")) {
      return "a value starting with '*' is read as a YAML alias" + QUOTE_IT;
    }
    if (context.contains("an anchor")) {
      return "a value starting with '&' is read as a YAML anchor" + QUOTE_IT;
    }
    if (problem.contains("that cannot start any token")) {
      int quote = problem.indexOf('\'');
      return "'" + problem.charAt(quote + 1) + "' cannot start a value" + QUOTE_IT;
    }
    if (problem.contains("mapping values are not allowed")) {
      return "unexpected ':' here; check the indentation, or quote text that contains ': '";
    }
    if (problem.contains("expected <block end>") && afterValue) {
      return "unexpected text after the value; when a value starts with a quotation mark, '['"
          + " or '{', put the whole value in quotes";
    }
    if (problem.contains("expected <block end>")) {
      return "indentation does not line up with the lines above; align this key with its siblings";
    }
    if (problem.contains("could not find expected ':'")) {
      return "expected 'key: value' here; check the indentation or add the missing ':'";
    }
    if (problem.contains("found undefined alias")) {
      String name = problem.substring(problem.indexOf("found undefined alias") + 22).trim();
      return "alias '*"
          + name
          + "' refers to no anchor; define the anchor first, or put text that starts with '*'"
          + " in quotes";
    }
    return reword(problem, kind)
        + (context.equals("null") ? "" : " (" + reword(context, kind) + ")");
  }

  static String reword(String message, FileKind kind) {
    String text = message == null ? "invalid YAML" : message.strip();
    int newline = text.indexOf('\n');
    if (newline > 0) {
      text = text.substring(0, newline);
    }
    if (text.contains("Number of aliases")) {
      return tooManyAliases();
    }
    if (text.toLowerCase(Locale.ROOT).contains("global tag is not allowed: ")) {
      String tag = text.substring(text.indexOf(": ") + 2).replace("tag:yaml.org,2002:", "!!");
      return "tag '" + tag + "' is not allowed; remove it and write the value as plain text";
    }
    if (text.contains("Nesting Depth")) {
      return tooDeep(kind);
    }
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.isEmpty()
        ? "invalid YAML"
        : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  static String tooManyAliases() {
    return "too many aliases to collections (more than "
        + YamlReader.MAX_COLLECTION_ALIASES
        + "); remove the anchors and aliases";
  }

  static String tooMuchAliasText(long max) {
    return "aliases expand the text past "
        + max
        + " characters ("
        + YamlReader.ALIAS_TEXT_FACTOR
        + " times the file's length, and at most 1 MiB); write the values out instead of repeating"
        + " them with aliases";
  }

  /** The message for "\U00110000": SnakeYAML says "found unknown escape character 00110000". */
  static Optional<String> escapePastUnicode(MarkedYAMLException e) {
    Matcher m = UNKNOWN_CODE.matcher(String.valueOf(e.getProblem()));
    return m.matches() && e.getProblemMark() != null
        ? Optional.of(escapePastUnicode(m.group(1)))
        : Optional.empty();
  }

  static String escapePastUnicode(String hex) {
    return "escape '\\U"
        + hex
        + "' is past the last Unicode character, U+10FFFF; correct the code or write the"
        + " character itself";
  }

  static String tooDeep(FileKind kind) {
    return "nesting is deeper than "
        + YamlReader.MAX_DEPTH
        + " levels; a "
        + kind.noun()
        + " needs only a few, so flatten it";
  }

  static String tooManyNodes(FileKind kind) {
    return "file holds more than "
        + YamlReader.MAX_NODES
        + " keys and values (an alias counts each time it is used); a "
        + kind.noun()
        + " needs a few hundred, so remove what is not part of it";
  }
}
