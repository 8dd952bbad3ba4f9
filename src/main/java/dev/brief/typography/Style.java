package dev.brief.typography;

import dev.brief.language.Direction;
import dev.brief.language.Languages;
import dev.brief.language.QuoteMarks;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the pass needs of a language, looked up once per language tag rather than once per
 * paragraph: its marks, month names, and whether it is French, Ukrainian, right to left or written
 * with the Arabic comma.
 */
record Style(
    QuoteMarks marks,
    Set<String> months,
    boolean french,
    boolean ukrainian,
    boolean leftToRight,
    boolean arabicPunctuation) {
  private static final Map<String, Style> BY_TAG = new ConcurrentHashMap<>();

  /** The style of a language tag; the few tags a process sees are kept. */
  static Style of(String tag) {
    return BY_TAG.computeIfAbsent(tag, Style::make);
  }

  private static Style make(String tag) {
    String primary = Languages.primary(tag);
    return new Style(
        Languages.quotes(tag),
        Languages.monthNames(tag),
        primary.equals("fr"),
        primary.equals("uk"),
        !Direction.isRightToLeft(tag),
        Languages.arabicPunctuation(tag));
  }
}
