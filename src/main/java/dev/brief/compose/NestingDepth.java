package dev.brief.compose;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a template whose sections and partials nest deeper than {@link #MAX}, counted across
 * partials, before Mustache sees it: Mustache compiles and runs each level as a nested call, so
 * some thousands of levels overflow the stack. A memo template nests a few levels; 100 is far above
 * any real one and far below what a thread's stack holds.
 */
final class NestingDepth {
  static final int MAX = 100;

  private final TemplateSources sources;

  /** The deepest level each file was scanned at: a file seen at that level or deeper is done. */
  private final Map<String, Integer> scannedAt = new HashMap<>();

  /** The partials being scanned: a loop is left to {@link PartialCycles} to report. */
  private final Set<String> open = new HashSet<>();

  private NestingDepth(TemplateSources sources) {
    this.sources = sources;
  }

  static void check(TemplateSources sources) {
    new NestingDepth(sources).scan(sources.main(), 0);
  }

  private void scan(String file, int base) {
    String text = sources.files().get(file);
    Integer seen = scannedAt.get(file);
    if (text == null || (seen != null && seen >= base) || !open.add(file)) {
      return;
    }
    scannedAt.put(file, base);
    int depth = base;
    int line = 1;
    int from = 0;
    int lineStart = 0;
    int counted = 0;
    while (true) {
      int start = text.indexOf("{{", from);
      if (start < 0) {
        break;
      }
      for (int i = text.indexOf('\n', counted);
          i >= 0 && i < start;
          i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
      }
      counted = start;
      String closer = text.startsWith("{{{", start) ? "}}}" : "}}";
      int end = text.indexOf(closer, start + closer.length());
      if (end < 0) {
        break; // unclosed: Mustache reports it
      }
      String tag = text.substring(start + closer.length(), end).strip();
      char sigil = tag.isEmpty() ? ' ' : tag.charAt(0);
      String name = tag.isEmpty() ? "" : tag.substring(1).strip();
      if (sigil == '/') {
        depth = Math.max(base, depth - 1);
      } else if ("#^$<>".indexOf(sigil) >= 0) {
        int level = depth + 1;
        if (level > MAX) {
          throw tooDeep(file, line, start - lineStart + 1, text.substring(start, end + 2), level);
        }
        if (sigil != '>') {
          depth = level;
        }
        if ((sigil == '>' || sigil == '<') && TemplateSources.staysInside(name)) {
          scan(TemplateSources.partialPath(file, name), level);
        }
      }
      from = end + closer.length();
    }
    open.remove(file);
  }

  private static TemplateProblem tooDeep(String file, int line, int column, String tag, int level) {
    return new TemplateProblem(
        Diagnostic.of(
            Rule.TEMPLATE_ERROR,
            file,
            line,
            column,
            "",
            "'"
                + tag
                + "' nests sections and partials "
                + level
                + " deep, over the limit of "
                + MAX
                + "; a memo template needs a few levels, so flatten it"));
  }
}
