package dev.brief.write.pdf;

import static java.util.Objects.requireNonNull;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.Locale;

/**
 * A font of the user's, named in the theme's fallback list by its file and read by the caller (this
 * writer reads no files): parsed once, then shared by every render of the engine. Its one face
 * stands for all four styles. Thread-safe.
 */
public final class FontFile {
  private final String name;
  private final BaseFont font;

  private FontFile(String name, BaseFont font) {
    this.name = name;
    this.font = font;
  }

  /**
   * Parses a TrueType or OpenType font ({@code .ttf}, {@code .otf}) or the first font of a
   * collection ({@code .ttc}); {@code name} is the path as the theme wrote it, {@code place} the
   * font's place in the theme's list of font files (from 0), which gives it a subset tag of its
   * own.
   *
   * @throws IllegalArgumentException with the reason, worded for a message, when it is not a font
   */
  public static FontFile read(String name, byte[] bytes, int place) {
    requireNonNull(name, "name");
    // OpenPDF tells the kinds apart by the name's ending, and takes a collection's font by index.
    String key = name.toLowerCase(Locale.ROOT).endsWith(".ttc") ? name + ",0" : name;
    try {
      BaseFont font =
          BaseFont.createFont(key, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      font.setSubset(true);
      font.setSecureRandom(Fonts.seededFontFile(place));
      return new FontFile(name, font);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "not a TrueType or OpenType font (" + e.getMessage() + ")");
    }
  }

  /** The path the theme names it by. */
  public String name() {
    return name;
  }

  BaseFont font() {
    return font;
  }
}
