package dev.brief.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/** A quotation, verbatim and without its own quotation marks, with who said it. */
public record Quote(
    String text,
    String speaker,
    Optional<String> role,
    Optional<LocalDate> date,
    Optional<String> source) {
  public Quote {
    requireNonNull(text, "text");
    requireNonNull(speaker, "speaker");
    requireNonNull(role, "role");
    requireNonNull(date, "date");
    requireNonNull(source, "source");
  }
}
