package dev.brief.write.pdf;

import dev.brief.theme.Theme;

/**
 * What every part of one render needs: the theme, this document's fonts, its link notes and its
 * structure tree.
 */
record RenderContext(Theme theme, FontChain fonts, LinkNotes notes, Structure structure) {
  RenderContext(Theme theme, FontChain fonts, Structure structure) {
    this(theme, fonts, new LinkNotes(), structure);
  }
}
