package dev.brief.compose;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a partial that includes itself, directly or through others. Mustache would only stop it at
 * run time, at its recursion limit; the memo's view holds no trees, so any cycle is a mistake.
 */
final class PartialCycles {
  private PartialCycles() {}

  static void check(
      String main,
      Map<String, List<MarkdownMustacheFactory.Include>> includes,
      TemplateSources sources) {
    visit(main, includes, sources, new ArrayDeque<>(), new HashSet<>());
  }

  private static void visit(
      String file,
      Map<String, List<MarkdownMustacheFactory.Include>> includes,
      TemplateSources sources,
      Deque<String> path,
      Set<String> done) {
    if (done.contains(file)) {
      return;
    }
    path.addLast(file);
    for (MarkdownMustacheFactory.Include include : includes.getOrDefault(file, List.of())) {
      if (path.contains(include.path())) {
        throw sources.problem(
            include.file(),
            include.line(),
            TemplateSources.tag("><", include.name()),
            "partial '"
                + include.name()
                + "' includes itself ("
                + String.join(" -> ", path)
                + " -> "
                + include.path()
                + "); remove the loop");
      }
      visit(include.path(), includes, sources, path, done);
    }
    path.removeLast();
    done.add(file);
  }
}
