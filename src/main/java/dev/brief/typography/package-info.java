/**
 * The typography pass between compose and layout: composed Markdown to the same Markdown with the
 * language's quotation marks, apostrophes and no-break spaces, so every format gets them.
 */
package dev.brief.typography;
