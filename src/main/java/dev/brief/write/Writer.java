package dev.brief.write;

/**
 * Writes a composed memo in one output format. Implementations are pure and thread-safe: the same
 * memo gives the same bytes, whatever the clock, locale or thread. Found by name in {@link
 * Writers}.
 */
public interface Writer {
  /** The output for one memo. */
  Output write(Memo memo);
}
