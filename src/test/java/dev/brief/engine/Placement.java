package dev.brief.engine;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether diagnostics lie inside their file, counting lines as the reader's SourceText does: LF,
 * CRLF or a lone CR ends a line, columns count code points, a BOM is not part of the text.
 */
final class Placement {
  private Placement() {}

  /**
   * The first diagnostic outside the file or off its rule's severity, as "class | detail"; else
   * null.
   */
  static String problem(byte[] bytes, List<Diagnostic> diagnostics) {
    List<Integer> lengths = lineLengths(new String(bytes, StandardCharsets.UTF_8));
    for (Diagnostic d : diagnostics) {
      String rule = ", rule " + d.rule().id() + " | ";
      // The count of problems not shown takes the worst severity among them.
      if (d.severity() != d.rule().defaultSeverity() && d.rule() != Rule.TOO_MANY_PROBLEMS) {
        return "severity off its rule's" + rule + d.format();
      }
      if (d.line() < 1 || d.line() > lengths.size()) {
        return "line outside the file" + rule + lengths.size() + " lines: " + d.format();
      }
      int length = lengths.get(d.line() - 1);
      if (d.column() < 1 || d.column() > length + 1) {
        return "column outside its line" + rule + "line " + length + " long: " + d.format();
      }
    }
    return null;
  }

  /** The length in code points of each line; a file of n line breaks has n + 1 lines. */
  static List<Integer> lineLengths(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Integer> lengths = new ArrayList<>();
    int column = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= body.length() || body.charAt(i + 1) != '\n'))) {
        lengths.add(column);
        column = 0;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }
    lengths.add(column);
    return lengths;
  }
}
