package dev.brief.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One fact, positive or risk: Markdown paragraph text and the ids of the sources it cites. */
public record Point(String text, List<String> sources) {
  public Point {
    requireNonNull(text, "text");
    sources = List.copyOf(sources);
  }
}
