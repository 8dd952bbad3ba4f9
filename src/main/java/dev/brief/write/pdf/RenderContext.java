package dev.brief.write.pdf;

import dev.brief.theme.Theme;

/** What every part of one render needs: the theme and this document's fonts. */
record RenderContext(Theme theme, FontChain fonts) {}
