package dev.brief.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import java.util.List;

/**
 * A list item's number or bullet, drawn by the tab that leads its first line to the text: at the
 * line's start, on its baseline, where it would stand as the line's first word. OpenPDF writes a
 * line at once, so a marker set as text could not have its own marked content; drawn here, before
 * the line's text in the page's content, it is the item's {@code Lbl}, and its text the {@code
 * LBody}.
 */
final class Label extends VerticalPositionMark {
  private final List<Chunk> marker;
  private final Structure structure;
  private final Structure.Tag tag;
  private boolean drawn;

  Label(List<Chunk> marker, Structure structure, Structure.Tag tag) {
    this.marker = marker;
    this.structure = structure;
    this.tag = tag;
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
