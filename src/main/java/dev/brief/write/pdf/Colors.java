package dev.brief.write.pdf;

import java.awt.Color;

/** Theme colours ({@code #RRGGBB}, checked by the theme reader) as AWT colours for OpenPDF. */
final class Colors {
  private Colors() {}

  static Color of(String hex) {
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }
}
