package dev.brief.engine;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.NotShown;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * At most {@link #SHOWN} diagnostics per file, then one that counts the rest: a file of 20,000
 * unknown keys is one mistake (wrong file, wrong indentation), and a wall of lines helps no one.
 */
final class ProblemCap {
  static final int SHOWN = 100;

  private ProblemCap() {}

  /** The diagnostics shown, and the count of those left out that the last one stands for. */
  record Capped(List<Diagnostic> shown, NotShown notShown) {}

  /** {@code sorted} as it is, or its first {@link #SHOWN} and a line for the rest. */
  static Capped apply(List<Diagnostic> sorted) {
    if (sorted.size() <= SHOWN) {
      return new Capped(sorted, NotShown.NONE);
    }
    List<Diagnostic> rest = sorted.subList(SHOWN, sorted.size());
    int errors = (int) rest.stream().filter(Diagnostic::isError).count();
    int warnings = rest.size() - errors;
    Diagnostic first = rest.get(0);
    List<Diagnostic> shown = new ArrayList<>(sorted.subList(0, SHOWN));
    shown.add(
        new Diagnostic(
            first.file(),
            first.line(),
            first.column(),
            errors > 0 ? Severity.ERROR : Severity.WARNING,
            Rule.TOO_MANY_PROBLEMS,
            "",
            "and "
                + rest.size()
                + " more problems from here on ("
                + errors
                + " errors, "
                + warnings
                + " warnings), not shown; fix these first, or check that this is a brief"));
    return new Capped(shown, new NotShown(errors, warnings));
  }
}
