package dev.brief.write.pdf;

import dev.brief.layout.Layout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Link;

/**
 * The addresses of a memo's links as the paper shows them, numbered in reading order when the theme
 * prints them as notes. A link whose text already is its address (a source's URL) shows nothing
 * more. One per render: it is filled as the blocks are made.
 */
final class LinkNotes {
  /** The scheme an address is written with, which its note leaves out. */
  private static final Pattern SCHEME = Pattern.compile("^(?:https?://|mailto:)");

  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final Map<String, String> targets = new HashMap<>();

  /** The address to print after a link, or empty when its text already says it. */
  static Optional<String> printed(Link link) {
    String url = link.getDestination();
    String shown = url.regionMatches(true, 0, "mailto:", 0, 7) ? url.substring(7) : url;
    return bare(Layout.plainText(link)).equals(bare(url)) ? Optional.empty() : Optional.of(shown);
  }

  /** The note number of a printed address: the one it had, or the next. */
  int number(String url, String target) {
    targets.putIfAbsent(url, target);
    return numbers.computeIfAbsent(url, u -> numbers.size() + 1);
  }

  /** Where a noted address leads. */
  String target(String url) {
    return targets.get(url);
  }

  /** The noted addresses in number order. */
  List<String> urls() {
    return new ArrayList<>(numbers.keySet());
  }

  /** An address without what a reader does not need to see to know it: scheme, www., final /. */
  private static String bare(String text) {
    String s = SCHEME.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
    s = s.startsWith("www.") ? s.substring(4) : s;
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
