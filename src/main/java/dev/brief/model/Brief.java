package dev.brief.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole brief, valid by construction: the binder builds it only from a tree that passed
 * validation. {@code sources} keeps the order in which the brief defines them; {@code labels} holds
 * the brief's own heading overrides, keyed like the built-in label sets.
 */
public record Brief(
    String title,
    LocalDate date,
    String subject,
    Optional<String> author,
    Optional<String> classification,
    String lang,
    Statement position,
    Statement proposals,
    List<Point> facts,
    List<Point> positives,
    List<Point> risks,
    String conclusion,
    Map<String, Source> sources,
    Map<String, String> labels) {
  public Brief {
    requireNonNull(title, "title");
    requireNonNull(date, "date");
    requireNonNull(subject, "subject");
    requireNonNull(author, "author");
    requireNonNull(classification, "classification");
    requireNonNull(lang, "lang");
    requireNonNull(position, "position");
    requireNonNull(proposals, "proposals");
    requireNonNull(conclusion, "conclusion");
    facts = List.copyOf(facts);
    positives = List.copyOf(positives);
    risks = List.copyOf(risks);
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    labels = Map.copyOf(labels);
  }
}
