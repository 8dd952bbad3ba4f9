package dev.brief.write;

import java.nio.CharBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Where a URL may break at the end of a line, the same in every format: after a {@code /}, or
 * before a {@code ?}, {@code &}, {@code =} or {@code #}, so each line ends where a reader expects
 * the address to go on. Never inside or right after the scheme ({@code https://}) or a leading
 * {@code www.}, and never at a hyphen or dot, where a broken URL reads as a hyphenated word or the
 * end of a sentence.
 */
public final class UrlBreaks {
  /** A URL in running text: a web or mail address, or a bare {@code www.} host. */
  public static final Pattern URL =
      Pattern.compile(
          "(?i:https?://|mailto:|www\\.)[^\\s<>]*[^\\s<>.,;:!?)\\]'\"’”\u060C\u061B\u061F\u06D4]");

  private static final Pattern PREFIX =
      Pattern.compile("(?i:[a-z][a-z0-9+.-]*:(?://)?)?(?i:www\\.)?");

  private UrlBreaks() {}

  /** Whether {@code text} looks like a URL from its first character. */
  public static boolean isUrl(CharSequence text) {
    return URL.matcher(text).lookingAt();
  }

  /**
   * Whether a line may break between {@code text[at]} and {@code text[at + 1]}, where the URL is
   * the word (the run without white space) around {@code at} within {@code from..to}.
   */
  public static boolean breaksAfter(char[] text, int from, int to, int at) {
    if (at + 1 >= to) {
      return false;
    }
    int start = at;
    while (start > from && !Character.isWhitespace(text[start - 1])) {
      start--;
    }
    while (start < at && !Character.isLetterOrDigit(text[start])) {
      start++; // an opening parenthesis or quotation mark before the URL
    }
    Matcher prefix = PREFIX.matcher(CharBuffer.wrap(text, start, to - start));
    int body = start + (prefix.lookingAt() ? prefix.end() : 0);
    if (at < body) { // at + 1 <= body: inside or right after the scheme or www.
      return false;
    }
    char c = text[at];
    char next = text[at + 1];
    return (c == '/' && next != '/') || "?&=#".indexOf(next) >= 0;
  }

  /** The places in a URL after which a line may break, in order. */
  public static int[] points(String url) {
    char[] text = url.toCharArray();
    return IntStream.range(0, text.length)
        .filter(i -> breaksAfter(text, 0, text.length, i))
        .toArray();
  }
}
