package dev.brief.validate;

import dev.brief.language.Lines;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Block Markdown typed inside a paragraph. Text fields hold paragraphs and the composer joins a
 * paragraph's lines with spaces, so a list, heading or table typed into {@code conclusion: |} would
 * come out as one run-on paragraph.
 */
final class BlockLines {
  /** Long enough to find the line again, short enough to keep the message one line. */
  private static final int SHOWN = 60;

  private enum Kind {
    HEADING("#{1,6} ", "a heading", "leave it out, the memo's sections have headings of their own"),
    ITEM("(?:[-*+]|\\d{1,2}[.)]) ", "a list item", "write sentences, or make each item a point"),
    QUOTE("> ", "a block quote", "quote in a sentence, or under a statement's 'quotes'"),
    TABLE("\\|", "a table row", "write the figures in sentences"),
    FENCE("```|~~~", "a code block", "mark code with backticks inside a sentence");

    private final Pattern start;
    private final String name;
    private final String advice;

    Kind(String start, String name, String advice) {
      this.start = Pattern.compile(start);
      this.name = name;
      this.advice = advice;
    }

    static Kind of(String line) {
      for (Kind kind : values()) {
        if (kind.start.matcher(line).lookingAt()) {
          return kind;
        }
      }
      return null;
    }
  }

  private BlockLines() {}

  /**
   * The first line of the text that block Markdown would set apart but the memo runs into its
   * paragraph, worded. The first line of a paragraph is exempt: it prints as typed, marks and all,
   * on a line of its own, unless it is a heading with text below it.
   */
  static Optional<String> problem(String text) {
    String[] lines = Lines.of(text).toArray(String[]::new);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      Kind kind = Kind.of(line);
      boolean first = i == 0 || lines[i - 1].isBlank();
      boolean last = i + 1 == lines.length || lines[i + 1].isBlank();
      if (kind != null && (!first || (kind == Kind.HEADING && !last))) {
        String shown = line.length() > SHOWN ? line.substring(0, SHOWN) + "..." : line;
        return Optional.of(
            "'"
                + shown
                + "' starts a line like "
                + kind.name
                + ", but text fields hold paragraphs: it prints as running text; "
                + kind.advice);
      }
    }
    return Optional.empty();
  }
}
