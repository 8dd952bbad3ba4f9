package dev.brief.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A summary paragraph (Markdown paragraph text) with the quotes that back it. */
public record Statement(String summary, List<Quote> quotes) {
  public Statement {
    requireNonNull(summary, "summary");
    quotes = List.copyOf(quotes);
  }
}
