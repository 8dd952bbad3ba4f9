/** A validated node tree to the immutable records of {@code dev.brief.model}. */
package dev.brief.bind;
