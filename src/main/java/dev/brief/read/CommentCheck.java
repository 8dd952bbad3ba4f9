package dev.brief.read;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.language.Lines;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Finds text that YAML quietly takes for a comment: in {@code - shippers #1 and #2 too} a space and
 * '#' start a comment, so the value ends at "shippers". A comment written by intent starts "# "
 * with a space; one whose first character follows the '#' directly is nearly always text.
 */
final class CommentCheck {
  private static final Pattern SWALLOWED = Pattern.compile("^[ \\t]+#(\\S.*)$");

  private final String file;
  private final String[] lines;

  CommentCheck(String file, String text) {
    this.file = file;
    this.lines = Lines.of(text).toArray(String[]::new);
  }

  /** Adds a warning when a plain one-line value is followed on its line by such a comment. */
  void check(ScalarNode scalar, List<Diagnostic> warnings) {
    if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
        || scalar.getStartMark().getLine() != scalar.getEndMark().getLine()
        || scalar.getEndMark().getLine() >= lines.length) {
      return;
    }
    String line = lines[scalar.getEndMark().getLine()];
    int end = scalar.getEndMark().getColumn();
    if (end > line.codePointCount(0, line.length())) {
      return;
    }
    String rest = line.substring(line.offsetByCodePoints(0, end));
    Matcher m = SWALLOWED.matcher(rest);
    if (m.matches()) {
      int column = end + rest.indexOf('#') + 1;
      warnings.add(
          Diagnostic.of(
              Rule.YAML_COMMENT,
              file,
              scalar.getEndMark().getLine() + 1,
              column,
              "",
              "'#"
                  + m.group(1).strip()
                  + "' is a YAML comment, not part of the text; put the whole value in quotes"
                  + " to keep it"));
    }
  }
}
