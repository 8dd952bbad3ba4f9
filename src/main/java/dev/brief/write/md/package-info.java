/** The Markdown format: the composed memo as it is. */
package dev.brief.write.md;
