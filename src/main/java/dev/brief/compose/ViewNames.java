package dev.brief.compose;

import dev.brief.model.Brief;
import dev.brief.model.Point;
import dev.brief.model.Quote;
import dev.brief.model.Source;
import dev.brief.model.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every name the composer's view holds, at any depth: what a template's tags may name. Read off the
 * view of a brief that fills every field, so the list can never fall behind {@link MemoView}.
 */
final class ViewNames {
  static final Set<String> ALL = collect(MemoView.of(sample()), new TreeSet<>());

  private ViewNames() {}

  /** Whether every dotted part of a tag's name is a name of the view ({@code .} is the item). */
  static boolean known(String tagName) {
    if (tagName.equals(".")) {
      return true;
    }
    for (String part : tagName.split("\\.", -1)) {
      if (!ALL.contains(part)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> collect(Object value, Set<String> names) {
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, inner) -> {
            names.add(String.valueOf(key));
            collect(inner, names);
          });
    } else if (value instanceof Collection<?> items) {
      items.forEach(item -> collect(item, names));
    }
    return names;
  }

  /** One point and several, every optional field, a cited and a linked source. */
  private static Brief sample() {
    LocalDate day = LocalDate.of(2025, 1, 1);
    Quote quote =
        new Quote(
            "q", "s", Optional.of("r"), Optional.of(day), Optional.of("a"), Optional.of("ar"));
    Statement statement = new Statement("p", List.of(quote));
    Point point = new Point("t\n\nmore", List.of("a"));
    Map<String, Source> sources = new LinkedHashMap<>();
    sources.put(
        "a",
        new Source(
            "a", "A", Optional.of("t"), Optional.of("https://example.org/"), Optional.of(day)));
    return new Brief(
        "t",
        day,
        "s",
        Optional.of("a"),
        Optional.of("c"),
        "en",
        statement,
        statement,
        List.of(point),
        List.of(point),
        List.of(point, point),
        "c",
        sources,
        Map.of());
  }
}
