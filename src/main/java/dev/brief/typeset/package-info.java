/** Composed Markdown plus a YAML theme to a typeset PDF (or HTML page); the only OpenPDF user. */
package dev.brief.typeset;
