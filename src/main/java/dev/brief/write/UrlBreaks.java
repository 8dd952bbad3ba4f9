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

  /**
   * The most characters a URL's opening punctuation, scheme, {@code //} and {@code www.} are looked
   * for in, before a place: far more than any real address's, and what keeps each question constant
   * time, so a line breaker that asks at every character of a hostile 200,000-character address
   * stays linear (it scanned back to the word's start each time: minutes).
   */
  static final int MAX_PREFIX = 64;

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
    char c = text[at];
    char next = text[at + 1];
    if (!((c == '/' && next != '/') || "?&=#".indexOf(next) >= 0)) {
      return false;
    }
    // A place deeper into the word than MAX_PREFIX is past any prefix.
    int start = at;
    int limit = Math.max(from, at - MAX_PREFIX);
    while (start > limit && !Character.isWhitespace(text[start - 1])) {
      start--;
    }
    while (start < at && !Character.isLetterOrDigit(text[start])) {
      start++; // an opening parenthesis or quotation mark before the URL
    }
    int end = Math.min(to, start + MAX_PREFIX);
    Matcher prefix = PREFIX.matcher(CharBuffer.wrap(text, start, end - start));
    int body = start + (prefix.lookingAt() ? prefix.end() : 0);
    return at >= body; // else at + 1 <= body: inside or right after the scheme or www.
  }

  /** The places in a URL after which a line may break, in order. */
  public static int[] points(String url) {
    char[] text = url.toCharArray();
    return IntStream.range(0, text.length)
        .filter(i -> breaksAfter(text, 0, text.length, i))
        .toArray();
  }
}
