package dev.brief.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * At most {@link #SHOWN} diagnostics per file, then one that counts the rest: a file of 20,000
 * unknown keys is one mistake (wrong file, wrong indentation), and a wall of lines helps no one.
 * The same for a brief, a template and a theme.
 */
public final class ProblemCap {
  public static final int SHOWN = 100;

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private ProblemCap() {}

  /**
   * One file's diagnostics as shown, and the count of those left out that the last one stands for
   * (so that totals count every problem found, not the lines shown).
   */
  public record Capped(List<Diagnostic> shown, NotShown notShown) {
    public Capped {
      shown = List.copyOf(shown);
    }
  }

  /**
   * {@code sorted}, the diagnostics of one file that should be {@code what} ("a brief"), as it is,
   * or its first {@link #SHOWN} and a line for the rest.
   */
  public static Capped apply(List<Diagnostic> sorted, String what) {
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
                + count(rest.size(), "more problem")
                + " from here on ("
                + count(errors, "error")
                + ", "
                + count(warnings, "warning")
                + "), not shown; fix these first, or check that this is "
                + what));
    return new Capped(shown, new NotShown(errors, warnings));
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /**
   * What a file of the engine's own should be: a theme is YAML, a template Mustache; a theme's
   * problems are not all theme problems (a control character, broken YAML).
   */
  private static String what(Map.Entry<String, List<Diagnostic>> file) {
    String name = file.getKey().toLowerCase(Locale.ROOT);
    boolean theme =
        name.endsWith(".yaml")
            || name.endsWith(".yml")
            || file.getValue().stream().anyMatch(d -> d.rule() == Rule.THEME);
    return theme ? "a theme" : "a template";
  }

  /**
   * The diagnostics of a template or a theme, one result a file in the order the files first come,
   * each sorted by place and capped as {@link #apply} does.
   */
  public static List<Capped> perFile(List<Diagnostic> found) {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    for (Diagnostic d : found) {
      byFile.computeIfAbsent(d.file(), file -> new ArrayList<>()).add(d);
    }
    List<Capped> capped = new ArrayList<>();
    for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
      capped.add(apply(file.getValue().stream().sorted(ORDER).toList(), what(file)));
    }
    return List.copyOf(capped);
  }
}
