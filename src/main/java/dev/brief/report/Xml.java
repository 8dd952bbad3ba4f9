package dev.brief.report;

/** XML 1.0 escaping for the JUnit report: text and attribute values. */
final class Xml {
  private Xml() {}

  /** Character data: {@code &}, {@code <} and {@code >} as entities. */
  static String text(String s) {
    return escape(s, false);
  }

  /**
   * An attribute value in double quotes: also {@code "}, and tab and line breaks as character
   * references, since a parser would read them as spaces.
   */
  static String attribute(String s) {
    return escape(s, true);
  }

  /**
   * A character XML 1.0 cannot hold at all (a control character, a lone surrogate, U+FFFE or
   * U+FFFF) is written as its {@code \}{@code uXXXX} escape, as diagnostics show them.
   */
  private static String escape(String s, boolean attribute) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\t', '\n', '\r' -> {
          if (attribute) {
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
        }
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
