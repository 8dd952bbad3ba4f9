package dev.brief.typography;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The text a reader sees in one paragraph or heading, character by character, each tied to its
 * place in the Markdown source. Text nodes give editable characters; code spans, URL links and line
 * breaks stand in as characters that give context but are never changed. Changes are kept per
 * character (a replacement and text inserted before or after it) and become source edits.
 */
final class Run {
  /** Stands for a code span or a URL: a word-like character, so a quote beside it closes. */
  static final char OPAQUE = 'x';

  private final StringBuilder chars = new StringBuilder();
  private final List<Integer> sources = new ArrayList<>();
  private final BitSet locked = new BitSet();
  private String[] replaced;
  private String[] before;
  private String[] after;

  /** Adds a character of a Text node at {@code source} in the Markdown; locked ones stay. */
  void text(char c, int source, boolean lock) {
    if (lock) {
      locked.set(chars.length());
    }
    chars.append(c);
    sources.add(source);
  }

  /** Adds a character that gives context but is not text of a Text node. */
  void context(char c) {
    locked.set(chars.length());
    chars.append(c);
    sources.add(-1);
  }

  /** Ends building: from here on only changes are made. */
  Run done() {
    replaced = new String[chars.length()];
    before = new String[chars.length()];
    after = new String[chars.length()];
    return this;
  }

  int length() {
    return chars.length();
  }

  /** The character at {@code i} as it now reads (a replaced quote reads as its mark). */
  char at(int i) {
    if (i < 0 || i >= chars.length()) {
      return ' ';
    }
    String now = replaced[i];
    return now != null && now.length() == 1 ? now.charAt(0) : chars.charAt(i);
  }

  /** Whether the run starts or ends at {@code i}: outside it reads as a space. */
  boolean outside(int i) {
    return i < 0 || i >= chars.length();
  }

  CharSequence text() {
    return chars;
  }

  /** Whether the character at {@code i} is text the pass may change. */
  boolean editable(int i) {
    return !outside(i) && !locked.get(i) && sources.get(i) >= 0;
  }

  /** Whether the character at {@code i} is still as typed. */
  boolean untouched(int i) {
    return replaced[i] == null && before[i] == null && after[i] == null;
  }

  void lock(int from, int to) {
    locked.set(from, to);
  }

  void replace(int i, String text) {
    replaced[i] = text;
  }

  void insertBefore(int i, String text) {
    before[i] = text;
  }

  /** Adds text after the character at {@code i}, after any added there before. */
  void insertAfter(int i, String text) {
    after[i] = after[i] == null ? text : after[i] + text;
  }

  /** The changes as source edits: source index to the text that replaces that one character. */
  void edits(Map<Integer, String> edits) {
    for (int i = 0; i < chars.length(); i++) {
      if (editable(i) && !untouched(i)) {
        String own = replaced[i] != null ? replaced[i] : String.valueOf(chars.charAt(i));
        edits.put(
            sources.get(i),
            (before[i] == null ? "" : before[i]) + own + (after[i] == null ? "" : after[i]));
      }
    }
  }
}
