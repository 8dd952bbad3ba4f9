package dev.brief.write.pdf;

import dev.brief.theme.Theme;

/**
 * What every part of one render needs: the theme, this document's fonts, its link notes, its
 * structure tree, and whether the memo's language runs right to left (its start side, where a pull
 * quote's bar stands, is then the right).
 */
record RenderContext(
    Theme theme, FontChain fonts, LinkNotes notes, Structure structure, boolean rightToLeft) {
  RenderContext(Theme theme, FontChain fonts, Structure structure, boolean rightToLeft) {
    this(theme, fonts, new LinkNotes(), structure, rightToLeft);
  }
}
