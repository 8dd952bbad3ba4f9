package dev.brief.write.pdf;

import dev.brief.theme.Theme;

/** What every part of one render needs: the theme, this document's fonts and its link notes. */
record RenderContext(Theme theme, FontChain fonts, LinkNotes notes) {
  RenderContext(Theme theme, FontChain fonts) {
    this(theme, fonts, new LinkNotes());
  }
}
