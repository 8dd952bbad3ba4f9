package dev.brief.typeset;

/** What every part of one render needs: the theme and this document's fonts. */
record RenderContext(Theme theme, FontChain fonts) {}
