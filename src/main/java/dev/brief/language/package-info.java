/**
 * What a memo's language decides, as data: quotation marks (primary and nested), and in time
 * labels, dates and the "Page X of Y" phrase. Used by compose, validate, the typography pass and
 * the writers; imports nothing else of brief.
 */
package dev.brief.language;
