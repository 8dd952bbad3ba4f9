package dev.brief.write;

import dev.brief.model.Brief;
import dev.brief.theme.Theme;
import java.util.List;

/**
 * Writes a composed memo in one output format. Implementations are pure and thread-safe: the same
 * memo gives the same bytes, whatever the clock, locale or thread. Found by name in {@link
 * Writers}.
 */
public interface Writer {
  /** The output for one memo. */
  Output write(Memo memo);

  /**
   * The characters of the brief's fields that this format cannot show with the theme, found without
   * writing anything; none for formats that show every character.
   */
  default List<MissingGlyph> missingGlyphs(Brief brief, Theme theme) {
    return List.of();
  }

  /**
   * Loads now what writing a memo in {@code theme} will need (the PDF writer parses its fonts), so
   * that a caller with a core to spare can do it while it starts up. Writing works without it.
   */
  default void prepare(Theme theme) {}
}
