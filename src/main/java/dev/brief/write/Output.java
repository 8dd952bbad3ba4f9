package dev.brief.write;

import java.util.List;
import java.util.Set;

/**
 * What writing one memo gave: the bytes; the characters of the brief's fields that the output
 * cannot show; and every character it had to replace, wherever it came from (the brief, the
 * template or the theme).
 */
public record Output(byte[] bytes, List<MissingGlyph> missingGlyphs, Set<Integer> replaced) {
  public Output {
    missingGlyphs = List.copyOf(missingGlyphs);
    replaced = Set.copyOf(replaced);
  }

  /** Output that shows every character it was given. */
  public static Output of(byte[] bytes) {
    return new Output(bytes, List.of(), Set.of());
  }
}
