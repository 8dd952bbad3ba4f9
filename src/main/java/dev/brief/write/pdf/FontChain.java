package dev.brief.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import dev.brief.theme.TextStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A theme's fonts: the process-wide faces and the fallback chain that splits text into runs each
 * font can draw. Tells {@code onReplaced} of every character it had to draw as a replacement mark.
 * Thread-safe when {@code onReplaced} is.
 */
final class FontChain {
  /** Drawn where no font has the character; the missing-glyph check has already warned. */
  private static final int REPLACEMENT = 0xFFFD;

  private final Fonts fonts;
  private final List<String> fallback;
  private final Map<String, FontFile> files;
  private final IntConsumer onReplaced;

  FontChain(Fonts fonts, List<String> fallback, Map<String, FontFile> files) {
    this(fonts, fallback, files, cp -> {});
  }

  FontChain(
      Fonts fonts, List<String> fallback, Map<String, FontFile> files, IntConsumer onReplaced) {
    this.fonts = fonts;
    this.fallback = fallback;
    this.files = files;
    this.onReplaced = onReplaced;
  }

  BaseFont face(String family, boolean bold, boolean italic) {
    return fonts.face(family, bold, italic);
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
    List<BaseFont> chain = chain(style.family(), bold, italic);
    List<Chunk> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    BaseFont runFont = chain.get(0);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      BaseFont font = pick(chain, cp, runFont);
      if (font == null) {
        onReplaced.accept(cp);
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

  /**
   * Whether any font of the chain, in this face, can draw the code point. Asked of every character
   * of a brief: the family's own face answers nearly always, so the fallbacks are looked at (and
   * parsed) only past it.
   */
  boolean canDraw(String family, boolean bold, boolean italic, int cp) {
    if (Fonts.surelyDraws(family, cp) || face(family, bold, italic).charExists(cp)) {
      return true;
    }
    for (String f : fallback) {
      FontFile file = files.get(f);
      if ((file != null ? file.font() : face(f, bold, italic)).charExists(cp)) {
        return true;
      }
    }
    return false;
  }

  /** The family's face, then the same face of each fallback family, or the fallback file. */
  private List<BaseFont> chain(String family, boolean bold, boolean italic) {
    List<BaseFont> chain = new ArrayList<>();
    chain.add(face(family, bold, italic));
    for (String f : fallback) {
      FontFile file = files.get(f);
      chain.add(file != null ? file.font() : face(f, bold, italic));
    }
    return chain;
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
}
