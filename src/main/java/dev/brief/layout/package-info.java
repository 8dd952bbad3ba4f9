/**
 * Composed Markdown to the memo's blocks (title, date line, lede, headings, quotes, lists, sources)
 * with page-break hints: the one place that knows the memo's shape, shared by every writer.
 */
package dev.brief.layout;
