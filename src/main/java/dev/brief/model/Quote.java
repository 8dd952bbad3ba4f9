package dev.brief.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A quotation, verbatim and without its own quotation marks, with who said it. {@code lang} is the
 * quote's language as a BCP 47 tag when it is not the memo's; its quotation marks stay the memo's.
 */
public record Quote(
    String text,
    String speaker,
    Optional<String> role,
    Optional<LocalDate> date,
    Optional<String> source,
    Optional<String> lang) {
  public Quote {
    requireNonNull(text, "text");
    requireNonNull(speaker, "speaker");
    requireNonNull(role, "role");
    requireNonNull(date, "date");
    requireNonNull(source, "source");
    requireNonNull(lang, "lang");
  }
}
