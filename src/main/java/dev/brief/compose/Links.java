package dev.brief.compose;

/**
 * A URL made safe for an inline Markdown link {@code [text](destination)}: the destination has the
 * characters that would end or break it percent-encoded, and the text has the characters that could
 * turn into emphasis or code backslash-escaped (an _ inside a word cannot), so a URL always reads
 * exactly as written.
 */
final class Links {
  private Links() {}

  /** The link text: the URL as written, with Markdown punctuation escaped. */
  static String text(String url) {
    StringBuilder out = new StringBuilder(url.length() + 8);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if ("\\`*[]<>!".indexOf(c) >= 0 || (c == '_' && !insideWord(url, i))) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Whether the character at {@code i} has a letter or digit on both sides: no _ emphasis there.
   */
  private static boolean insideWord(String text, int i) {
    return i > 0
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /**
   * The link destination: spaces, angle brackets, backticks and backslashes percent-encoded, and
   * parentheses backslash-escaped unless they pair up, since an unpaired one ends the destination
   * early or stops it being a link at all.
   */
  static String destination(String url) {
    boolean paired = parenthesesPair(url);
    StringBuilder out = new StringBuilder(url.length() + 8);
    for (char c : url.toCharArray()) {
      switch (c) {
        case '(', ')' -> out.append(paired ? "" : "\\").append(c);
        case ' ' -> out.append("%20");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '`' -> out.append("%60");
        case '\\' -> out.append("%5C");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean parenthesesPair(String url) {
    int depth = 0;
    for (char c : url.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
