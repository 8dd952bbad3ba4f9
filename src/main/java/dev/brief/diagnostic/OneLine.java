package dev.brief.diagnostic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a message to one readable line whatever the user's value held: line breaks and other
 * control characters are shown escaped, and a quoted value too long to read is cut in the middle.
 * Every diagnostic passes through here, so no stage has to remember it.
 */
final class OneLine {
  /** A quoted value longer than this is shortened to its start and end. */
  static final int LONGEST_VALUE = 100;

  /** A quoted value opens after a space or '(' and closes before a space, punctuation or end. */
  private static final Pattern LONG_VALUE =
      Pattern.compile("(?<=^|[\\s(])'([^']{" + (LONGEST_VALUE + 1) + ",})'(?=[\\s,;:.)?!]|$)");

  private OneLine() {}

  static String of(String message) {
    StringBuilder out = new StringBuilder(Math.min(message.length(), 1024));
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    String line = out.toString();
    if (line.length() <= LONGEST_VALUE) {
      return line;
    }
    Matcher m = LONG_VALUE.matcher(line);
    StringBuilder shortened = new StringBuilder();
    while (m.find()) {
      String value = m.group(1);
      String cut = value.substring(0, 70) + "…" + value.substring(value.length() - 20);
      m.appendReplacement(shortened, Matcher.quoteReplacement("'" + cut + "'"));
    }
    m.appendTail(shortened);
    return shortened.toString();
  }
}
