package dev.brief.typeset;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The fonts of one document: a {@link BaseFont} per face, made from the shared bytes (a BaseFont
 * reads its font while writing, so it cannot be shared between renders), and the fallback chain
 * that splits text into runs each font can draw. Not thread-safe; one per render.
 */
final class DocumentFonts {
  /** Drawn where no font has the character; the missing-glyph check has already warned. */
  private static final int REPLACEMENT = 0xFFFD;

  private final Fonts fonts;
  private final List<String> fallback;
  private final Map<String, BaseFont> faces = new HashMap<>();

  DocumentFonts(Fonts fonts, List<String> fallback) {
    this.fonts = fonts;
    this.fallback = fallback;
  }

  BaseFont face(String family, boolean bold, boolean italic) {
    String resource = Fonts.resource(family, bold, italic);
    return faces.computeIfAbsent(resource, this::create);
  }

  /**
   * The role's own font. Every paragraph and list item gets one: OpenPDF sets the spacing around a
   * paragraph in the paragraph's font, which would otherwise be an unembedded Helvetica.
   */
  Font font(TextStyle style) {
    return new Font(
        face(style.family(), style.bold(), style.italic()),
        style.size(),
        Font.NORMAL,
        Colors.of(style.color()));
  }

  /** The text as chunks, each in the first font of the chain that has its characters. */
  List<Chunk> chunks(String text, TextStyle style, boolean bold, boolean italic, Color color) {
    List<BaseFont> chain = new ArrayList<>();
    chain.add(face(style.family(), bold, italic));
    for (String family : fallback) {
      chain.add(face(family, bold, italic));
    }
    List<Chunk> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    BaseFont runFont = chain.get(0);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      BaseFont font = pick(chain, cp, runFont);
      if (font == null) {
        font = pick(chain, REPLACEMENT, runFont);
        cp = font == null ? '?' : REPLACEMENT;
        font = font == null ? runFont : font;
      }
      if (font != runFont && run.length() > 0) {
        out.add(chunk(run.toString(), runFont, style, color));
        run.setLength(0);
      }
      runFont = font;
      run.appendCodePoint(cp);
    }
    if (run.length() > 0) {
      out.add(chunk(run.toString(), runFont, style, color));
    }
    return out;
  }

  /** Whether any font of the chain (regular face) can draw the code point. */
  boolean canDraw(String family, int cp) {
    if (face(family, false, false).charExists(cp)) {
      return true;
    }
    return fallback.stream().anyMatch(f -> face(f, false, false).charExists(cp));
  }

  private static BaseFont pick(List<BaseFont> chain, int cp, BaseFont current) {
    if (Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
      return current; // spaces and joiners stay in the run they are part of
    }
    for (BaseFont font : chain) {
      if (font.charExists(cp)) {
        return font;
      }
    }
    return null;
  }

  private static Chunk chunk(String text, BaseFont font, TextStyle style, Color color) {
    return new Chunk(text, new Font(font, style.size(), Font.NORMAL, color));
  }

  private BaseFont create(String resource) {
    try {
      BaseFont font =
          BaseFont.createFont(
              resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fonts.bytes(resource), null);
      font.setSubset(true);
      // The subset prefix (ABCDEF+Name) is random by default; seeded, the bytes are reproducible.
      font.setSecureRandom(new SeededRandom(resource));
      return font;
    } catch (DocumentException | IOException e) {
      throw new UncheckedIOException(new IOException("cannot load font " + resource, e));
    }
  }

  /** A SecureRandom that yields the same bytes for the same seed text. */
  private static final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final transient SplittableRandom random;

    SeededRandom(String seed) {
      this.random = new SplittableRandom(seedOf(seed));
    }

    @Override
    public void nextBytes(byte[] bytes) {
      random.nextBytes(bytes);
    }

    private static long seedOf(String text) {
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        long seed = 0;
        for (int i = 0; i < 8; i++) {
          seed = (seed << 8) | (hash[i] & 0xFF);
        }
        return seed;
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
