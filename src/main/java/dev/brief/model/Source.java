package dev.brief.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/** A publication that a fact or quote cites, under the id the brief gives it. */
public record Source(
    String id,
    String name,
    Optional<String> title,
    Optional<String> url,
    Optional<LocalDate> date) {
  public Source {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(title, "title");
    requireNonNull(url, "url");
    requireNonNull(date, "date");
  }
}
