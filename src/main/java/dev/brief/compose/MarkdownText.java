package dev.brief.compose;

import dev.brief.language.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns brief text into Markdown that can only be paragraph text. A blank line starts a new
 * paragraph; other line breaks and tabs become spaces, so no line of user text ever starts a line
 * of the output except the first of each paragraph, which is escaped when it would open a block
 * (heading, list, quote, fence, table, thematic break, link definition); {@link InlineMarkdown}
 * decides what survives inside the line.
 */
final class MarkdownText {
  private static final Pattern BLOCK_START =
      Pattern.compile("^(?:[#>|]|[-+*](?:[ \\t]|$)|[-=]+[ \\t]*$|~~~)");
  private static final Pattern ORDERED_START = Pattern.compile("^\\d{1,9}(?=[.)](?:[ \\t]|$))");
  private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t](#+)[ \\t]*$");

  private MarkdownText() {}

  /**
   * The paragraphs of a text: split at blank lines, each paragraph's lines joined by spaces. A tab
   * is a space too: it has no meaning in running text, and a PDF font has no glyph for it.
   */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Lines.of(text)) {
      String stripped = line.strip().replace('\t', ' ');
      if (stripped.isEmpty()) {
        flush(current, paragraphs);
      } else {
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(stripped);
      }
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  /** A text as one line: its paragraphs joined by spaces (titles, names, labels). */
  static String oneLine(String text) {
    return String.join(" ", paragraphs(text));
  }

  /** Markdown for a text: escaped paragraphs separated by one blank line. */
  static String escape(String text) {
    List<String> escaped = new ArrayList<>();
    for (String paragraph : paragraphs(text)) {
      escaped.add(escapeParagraph(paragraph));
    }
    return String.join("\n\n", escaped);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  private static String escapeParagraph(String paragraph) {
    String text = paragraph;
    // A fence of backticks needs an info string without backticks, so nothing closes its run:
    // InlineMarkdown escapes such a run, and only the other block starts need escaping here.
    Matcher ordered = ORDERED_START.matcher(text);
    if (ordered.find()) {
      text = text.substring(0, ordered.end()) + "\\" + text.substring(ordered.end());
    } else if (BLOCK_START.matcher(text).find()
        || isThematicBreak(text)
        || isLinkDefinition(text)) {
      text = "\\" + text;
    }
    // A run of # at the end would close an ATX heading when the text is a heading's content.
    Matcher closing = CLOSING_HASHES.matcher(text);
    if (closing.find() && closing.start(1) > 0) {
      text = text.substring(0, closing.start(1)) + "\\" + text.substring(closing.start(1));
    }
    return InlineMarkdown.escape(text);
  }

  /** Whether the text is a thematic break: three or more of one of - * _, spaces between. */
  static boolean isThematicBreak(String text) {
    char mark = text.isEmpty() ? ' ' : text.charAt(0);
    if (mark != '-' && mark != '*' && mark != '_') {
      return false;
    }
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == mark) {
        count++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return count >= 3;
  }

  /**
   * Whether the text starts like a link reference definition ({@code [label]: ...}). A scan, not a
   * regular expression: Java's regex engine recurses per repetition and overflows the stack on a
   * long run of brackets.
   */
  static boolean isLinkDefinition(String text) {
    if (!text.startsWith("[")) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']') {
        return i + 1 < text.length() && text.charAt(i + 1) == ':';
      }
    }
    return false;
  }
}
