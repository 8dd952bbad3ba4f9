/**
 * Compose: a brief and a Mustache template become CommonMark Markdown, with every piece of brief
 * text escaped so that it can only ever be paragraph text (the only Mustache user).
 */
package dev.brief.compose;
