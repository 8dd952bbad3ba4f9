/** The brief as immutable records, checked once by the binder; imports nothing else of brief. */
package dev.brief.model;
