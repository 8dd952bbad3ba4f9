package dev.brief.compose;

import dev.brief.language.Citations;
import dev.brief.model.Brief;
import dev.brief.model.Point;
import dev.brief.model.Quote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Numbers a brief's sources in the order the memo first cites them, reading it top to bottom:
 * position quotes, proposal quotes, facts, positives, risks. Sources the brief defines but never
 * cites follow in the order they are defined, so the list still shows everything the brief holds.
 */
final class SourceNumbers {
  private final Map<String, Integer> numbers;

  private SourceNumbers(Map<String, Integer> numbers) {
    this.numbers = numbers;
  }

  static SourceNumbers of(Brief brief) {
    List<String> cited = new ArrayList<>();
    for (List<Quote> quotes : List.of(brief.position().quotes(), brief.proposals().quotes())) {
      quotes.forEach(q -> q.source().ifPresent(cited::add));
    }
    for (List<Point> points : List.of(brief.facts(), brief.positives(), brief.risks())) {
      points.forEach(p -> cited.addAll(p.sources()));
    }
    cited.addAll(brief.sources().keySet());
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (String id : cited) {
      if (!brief.sources().containsKey(id)) {
        // The validator rejects such a brief; reaching here means the model was built by hand.
        throw new IllegalArgumentException("brief cites unknown source '" + id + "'");
      }
      numbers.putIfAbsent(id, numbers.size() + 1);
    }
    return new SourceNumbers(Collections.unmodifiableMap(numbers));
  }

  /** Source ids in list order. */
  List<String> ids() {
    return List.copyOf(numbers.keySet());
  }

  int number(String id) {
    return numbers.get(id);
  }

  /** The reference mark for the given ids, {@code [1, 3]}, or null when there are none. */
  String cite(List<String> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    TreeSet<Integer> sorted = new TreeSet<>();
    ids.forEach(id -> sorted.add(number(id)));
    return Citations.mark(sorted);
  }
}
