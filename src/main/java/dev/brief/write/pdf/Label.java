package dev.brief.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import java.text.Bidi;
import java.util.List;

/**
 * A list item's number or bullet, drawn by the tab that leads its first line to the text: at the
 * line's start, on its baseline, where it would stand as the line's first word. OpenPDF writes a
 * line at once, so a marker set as text could not have its own marked content; drawn here, before
 * the line's text in the page's content, it is the item's {@code Lbl}, and its text the {@code
 * LBody}. In a right-to-left item it is a separator instead, drawn from the right end of the line's
 * text: the marker ends a gutter further right.
 */
final class Label extends VerticalPositionMark {
  private final List<Chunk> marker;
  private final Structure structure;
  private final Structure.Tag tag;
  private final float rightToLeftGutter;
  private boolean drawn;

  /** {@code rightToLeftGutter}: 0 for a left-to-right item, else the gutter right of its text. */
  Label(List<Chunk> marker, Structure structure, Structure.Tag tag, float rightToLeftGutter) {
    this.marker = marker;
    this.structure = structure;
    this.tag = tag;
    this.rightToLeftGutter = rightToLeftGutter;
  }

  /**
   * The marker in the order a right-to-left line shows it, by the bidirectional algorithm: "12."
   * reads number then stop, right to left, and shows as ".12".
   */
  static String visual(String marker) {
    Bidi bidi = new Bidi(marker, Bidi.DIRECTION_RIGHT_TO_LEFT);
    int runs = bidi.getRunCount();
    byte[] levels = new byte[runs];
    String[] pieces = new String[runs];
    for (int i = 0; i < runs; i++) {
      levels[i] = (byte) bidi.getRunLevel(i);
      String run = marker.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
      pieces[i] = levels[i] % 2 == 1 ? new StringBuilder(run).reverse().toString() : run;
    }
    Bidi.reorderVisually(levels, 0, pieces, 0, runs);
    return String.join("", pieces);
  }

  /** The label's structure element. */
  Structure.Tag tag() {
    return tag;
  }

  boolean drawn() {
    return drawn;
  }

  @Override
  public void draw(PdfContentByte canvas, float llx, float lly, float urx, float ury, float y) {
    if (drawn) {
      return;
    }
    drawn = true;
    float x = llx;
    if (rightToLeftGutter > 0) {
      float width = 0;
      for (Chunk chunk : marker) {
        width += chunk.getWidthPoint();
      }
      x = llx + rightToLeftGutter - width;
    }
    canvas.saveState();
    canvas.beginText();
    for (Chunk chunk : marker) {
      Font font = chunk.getFont();
      canvas.setFontAndSize(font.getBaseFont(), font.getSize());
      if (font.getColor() != null) {
        canvas.setColorFill(font.getColor());
      }
      canvas.setTextMatrix(x, y);
      canvas.showText(chunk.getContent());
      x += chunk.getWidthPoint();
    }
    canvas.endText();
    canvas.restoreState();
    structure.labelled(canvas);
  }
}
