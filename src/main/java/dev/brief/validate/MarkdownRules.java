package dev.brief.validate;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Warns about Markdown in text that the memo will not honour, which would otherwise surprise its
 * author in the finished memo: links and images printed as typed (the composer keeps only links to
 * http(s) and mailto addresses, and no images, so {@code [annex](annex.pdf)} stays text), and block
 * syntax run into its paragraph ({@link BlockLines}).
 */
final class MarkdownRules {
  /** Long enough to recognise a destination in a message, short enough to keep it one line. */
  private static final int SHOWN = 80;

  /** Warnings for one text at the most: a pasted page of broken links needs no thousand lines. */
  private static final int MOST = 5;

  private MarkdownRules() {}

  static List<Diagnostic> check(String file, Node root) {
    List<Diagnostic> out = new ArrayList<>();
    Texts.forEach(
        root,
        (path, s) -> {
          for (String problem : problems(s.value())) {
            out.add(diagnostic(file, s, Rule.LINK_SCHEME, path, problem));
          }
          if (!path.endsWith(".url")) { // a source's address: the schema's maxLength says it
            longUrl(s.value()).ifPresent(p -> out.add(diagnostic(file, s, Rule.TOO_LONG, path, p)));
          }
          BlockLines.problem(s.value())
              .ifPresent(p -> out.add(diagnostic(file, s, Rule.MARKDOWN_BLOCK, path, p)));
        });
    return out;
  }

  private static Diagnostic diagnostic(
      String file, ScalarNode at, Rule rule, String path, String message) {
    return Diagnostic.of(rule, file, at.mark().line(), at.mark().column(), path, message);
  }

  /**
   * The most characters of a web address, as in the schema's {@code url}: what browsers follow. A
   * longer one is not an address a reader can use, and each line of it in a PDF carries the whole
   * address as its link (a 200,000-character one made a 1 GB file).
   */
  static final int MAX_URL = 2048;

  /**
   * The first web address of the text longer than {@link #MAX_URL}, worded: a run without white
   * space that holds {@code ://}, {@code www.} or {@code mailto:}.
   */
  static Optional<String> longUrl(String text) {
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
        if (i - start > MAX_URL) {
          String word = text.substring(start, i);
          String lower = word.toLowerCase(Locale.ROOT);
          if (lower.contains("://") || lower.contains("www.") || lower.contains("mailto:")) {
            return Optional.of(
                "a web address of "
                    + word.codePointCount(0, word.length())
                    + " characters, more than the "
                    + MAX_URL
                    + " a browser follows, starting '"
                    + word.substring(0, 40)
                    + "...'; shorten it");
          }
        }
        start = i + 1;
      }
    }
    return Optional.empty();
  }

  /** Every link or image of the text that the memo will not keep, worded. One forward pass. */
  static List<String> problems(String text) {
    List<String> found = new ArrayList<>();
    int lastOpen = -1;
    for (int i = 0; i + 1 < text.length() && found.size() < MOST; i++) {
      char c = text.charAt(i);
      if (c == '[') {
        lastOpen = i;
      } else if (c == ']' && text.charAt(i + 1) == '(') {
        boolean image = lastOpen > 0 && text.charAt(lastOpen - 1) == '!';
        String target = target(text, i + 2);
        String lower = target.toLowerCase(Locale.ROOT);
        if (image) {
          found.add(
              "image '"
                  + target
                  + "' prints as text: a brief holds no images; link to it with an https://"
                  + " address");
        } else if (!lower.startsWith("http://")
            && !lower.startsWith("https://")
            && !lower.startsWith("mailto:")) {
          found.add(
              "link to '"
                  + target
                  + "' prints as text: only http(s) and mailto links are kept; write the full"
                  + " https:// address");
        }
      }
    }
    return found;
  }

  /**
   * The link's destination as typed, at most {@link #SHOWN} characters of it. Balanced parentheses
   * belong to it, as in CommonMark: {@code (javascript:alert(1))} shows {@code
   * javascript:alert(1)}.
   */
  private static String target(String text, int from) {
    int start = from;
    while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '<')) {
      start++;
    }
    int end = start;
    int limit = Math.min(text.length(), start + SHOWN);
    int depth = 0;
    while (end < limit && " >\n".indexOf(text.charAt(end)) < 0) {
      char c = text.charAt(end);
      if (c == ')' && depth == 0) {
        break;
      }
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      end++;
    }
    return text.substring(start, end) + (end == limit && limit < text.length() ? "..." : "");
  }
}
