package dev.brief.read;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * Gives back the blank lines that YAML folding takes away. In a folded ({@code >}) or a plain or
 * single-quoted scalar, a line break becomes a space and one blank line becomes a single line
 * break, so "one paragraph, a blank line, another" arrives as two lines. Brief text treats a single
 * line break as a space and a blank line as a new paragraph (as a literal {@code |} scalar keeps
 * it), so each such break is doubled again here, where the style is still known. In a folded scalar
 * a break next to a more-indented line is kept as YAML gives it: folding leaves those lines alone.
 */
final class FoldedBreaks {
  private FoldedBreaks() {}

  static String value(org.yaml.snakeyaml.nodes.ScalarNode scalar) {
    String value = scalar.getValue();
    ScalarStyle style = scalar.getScalarStyle();
    // A double-quoted line break may be an escape ("\n") the writer typed: left as it is.
    if (value.indexOf('\n') < 0
        || style == ScalarStyle.LITERAL
        || style == ScalarStyle.DOUBLE_QUOTED) {
      return value;
    }
    boolean folded = style == ScalarStyle.FOLDED;
    String[] lines = value.split("\n", -1);
    StringBuilder out = new StringBuilder(value.length() + lines.length);
    out.append(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String before = lines[i - 1];
      String after = lines[i];
      boolean blankLineFolded =
          !before.isEmpty()
              && !after.isEmpty()
              && !(folded && (indented(before) || indented(after)));
      out.append(blankLineFolded ? "\n\n" : "\n").append(after);
    }
    return out.toString();
  }

  private static boolean indented(String line) {
    return line.charAt(0) == ' ' || line.charAt(0) == '\t';
  }
}
