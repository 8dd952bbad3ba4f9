package dev.brief.write;

import dev.brief.theme.Theme;

/**
 * Writes a composed memo in one output format. Implementations are pure and thread-safe: the same
 * memo gives the same bytes, whatever the clock, locale or thread. Found by name in {@link
 * Writers}.
 */
public interface Writer {
  /** The output for one memo. */
  Output write(Memo memo);

  /**
   * Loads now what writing a memo in {@code theme} will need (the PDF writer parses its fonts), so
   * that a caller with a core to spare can do it while it starts up. Writing works without it.
   */
  default void prepare(Theme theme) {}
}
