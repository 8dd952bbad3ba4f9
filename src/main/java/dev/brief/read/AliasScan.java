package dev.brief.read;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Finds where an alias bomb goes over the limit. SnakeYAML's composer refuses it without a
 * position, so on that failure path only, the events are read again to find the alias.
 */
final class AliasScan {
  private AliasScan() {}

  static Mark excessAlias(Yaml yaml, String text, int limit) {
    Set<String> collections = new HashSet<>();
    int count = 0;
    try {
      for (Event event : yaml.parse(new StringReader(text))) {
        if (event instanceof CollectionStartEvent start && start.getAnchor() != null) {
          collections.add(start.getAnchor());
        } else if (event instanceof AliasEvent alias
            && collections.contains(alias.getAnchor())
            && ++count > limit) {
          return new Mark(alias.getStartMark().getLine() + 1, alias.getStartMark().getColumn() + 1);
        }
      }
    } catch (RuntimeException e) {
      // The document failed for another reason first; fall back to its start.
    }
    return new Mark(1, 1);
  }
}
