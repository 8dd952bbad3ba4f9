package dev.brief.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes one line of brief text so that only the inline Markdown the format allows survives:
 * emphasis, strong, code spans, and links and autolinks to http(s) or mailto addresses. Everything
 * else prints as typed. The result is also sealed: no backtick or backslash left open in it can
 * reach into the text a template places next to it.
 */
final class InlineMarkdown {
  private static final Pattern AUTOLINK =
      Pattern.compile("<(?:(?i:https?)://|(?i:mailto):)[^\\s<>\\p{Cntrl}]*>");
  private static final Pattern ENTITY =
      Pattern.compile(
          "&(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6})(?:;|$)|&#?[xX]?$");
  private static final String[] WEB_OR_MAIL = {"http://", "https://", "mailto:"};

  private InlineMarkdown() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      char next = i + 1 < n ? text.charAt(i + 1) : '\0';
      if (c == '\\' && isAsciiPunctuation(next)) {
        out.append(c).append(next);
        i += 2;
      } else if (c == '\\' && i + 1 == n) {
        // Alone at the end it would escape whatever the template places next (", " or ":").
        out.append("\\\\");
        i++;
      } else if (c == '`') {
        i = codeSpan(text, i, out);
      } else if (c == '<') {
        Matcher autolink = AUTOLINK.matcher(text).region(i, n);
        boolean allowed = autolink.lookingAt();
        out.append(allowed ? text.substring(i, autolink.end()) : "\\<");
        i = allowed ? autolink.end() : i + 1;
      } else if (c == '&' && ENTITY.matcher(text).region(i, n).lookingAt()) {
        // Only an & that starts an entity reference is read as another character; one at the end
        // is escaped too, as the template's text after it could complete the reference.
        out.append("\\&");
        i++;
      } else if (c == '!' && next == '[') {
        // Images are not part of the format: a remote one would load from the reader's machine.
        out.append("!\\[");
        i += 2;
      } else if (c == ']' && next == '(' && !isWebOrMail(text, i + 2)) {
        // Every inline link closes with "](": escaping the parenthesis keeps the text as typed.
        out.append("]\\(");
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Whether a link destination starting at {@code from} is an http(s) or mailto address. */
  private static boolean isWebOrMail(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '<') {
      i++;
    }
    for (String scheme : WEB_OR_MAIL) {
      if (text.regionMatches(true, i, scheme, 0, scheme.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Copies the code span opening at {@code start} and returns where it ends. A run of backticks
   * that nothing closes is literal to CommonMark; it is escaped, so that it cannot pair with a
   * backtick the template places later on the same line.
   */
  private static int codeSpan(String text, int start, StringBuilder out) {
    int runEnd = start;
    while (runEnd < text.length() && text.charAt(runEnd) == '`') {
      runEnd++;
    }
    int length = runEnd - start;
    int i = runEnd;
    while (i < text.length()) {
      if (text.charAt(i) != '`') {
        i++;
        continue;
      }
      int close = i;
      while (i < text.length() && text.charAt(i) == '`') {
        i++;
      }
      if (i - close == length) {
        out.append(text, start, i);
        return i;
      }
    }
    out.append("\\`".repeat(length));
    return runEnd;
  }

  static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}
