package dev.brief.engine;

import static org.junit.jupiter.api.Assertions.fail;

import dev.brief.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hostile input, bounded (issue 7): mutated valid briefs go through the public engine, and each
 * must end in located diagnostics with catalogued rules, in bounded time, and render when valid.
 * Case {@code i} is made from seed {@code SEED + i} alone, so a failure's seed gives it back.
 */
class FuzzTest {
  private static final long SEED = 0x5EED_B41EFL;
  private static final int CASES = 10_000;
  private static final long CASE_BOUND_NANOS = 2_000_000_000L;
  private static final Path FUZZ_CASES = Path.of("src/test/resources/cases/fuzz");

  /**
   * Mutation kinds that today only find bugs already filed in issue 7, skipped until those land;
   * empty this list when they do. Each kind's brief is kept in cases/fuzz/ under its file name.
   */
  static final Set<Mutation> KNOWN = EnumSet.noneOf(Mutation.class);

  /** Kept cases/fuzz/ briefs of bugs not fixed yet, skipped until they are; none today. */
  static final Set<String> UNFILED_FILES = Set.of();

  private static final List<Mutation> ACTIVE =
      Stream.of(Mutation.values()).filter(m -> !KNOWN.contains(m)).toList();

  private final Engine engine = engine();

  @Test
  void mutatedBriefsEndInLocatedDiagnosticsInBoundedTime() {
    List<Path> seeds = seedBriefs();
    warmUp(seeds);
    Map<String, String> failures = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < CASES; i++) {
      SplittableRandom random = new SplittableRandom(SEED + i);
      Path from = seeds.get(random.nextInt(seeds.size()));
      List<Mutation> kinds = new ArrayList<>();
      byte[] bytes = read(from);
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        Mutation kind = ACTIVE.get(random.nextInt(ACTIVE.size()));
        kinds.add(kind);
        bytes = kind.apply(bytes, random);
      }
      String problem = problem(bytes, random.nextInt(20) == 0);
      if (problem != null) {
        String describe =
            "case " + i + " (seed SEED+" + i + ", " + from.getFileName() + ", " + kinds;
        String failureClass = problem.substring(0, problem.indexOf(" | "));
        counts.merge(failureClass, 1, Integer::sum);
        failures.putIfAbsent(failureClass, problem + "\n" + describe + "):\n" + shown(bytes));
      }
    }
    report(failures, counts);
  }

  @Test
  void keptFuzzCasesEndInLocatedDiagnosticsInBoundedTime() {
    warmUp(seedBriefs());
    Map<String, String> failures = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Path file : yamlFiles(FUZZ_CASES)) {
      String name = file.getFileName().toString();
      boolean skipped =
          UNFILED_FILES.contains(name) || KNOWN.stream().anyMatch(m -> m.fileName().equals(name));
      byte[] bytes = read(file);
      String problem = skipped ? null : problem(bytes, true);
      if (problem != null) {
        counts.merge(name, 1, Integer::sum);
        failures.put(name, problem + "\n" + shown(bytes));
      }
    }
    report(failures, counts);
  }

  private static Engine engine() {
    try {
      return Engine.builder().build();
    } catch (dev.brief.diagnostic.BriefException e) {
      throw new AssertionError("the built-in template and theme are broken: " + e, e);
    }
  }

  /** What is wrong with how the engine took one file, or null when nothing is. */
  private String problem(byte[] bytes, boolean everyFormat) {
    long start = System.nanoTime();
    try {
      Checked checked = engine.check("fuzz.yaml", bytes);
      List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
      if (checked.brief().isPresent()) {
        for (String format : everyFormat ? List.of("md", "pdf", "html") : List.of("md")) {
          Rendered rendered = engine.render(checked, format);
          if (rendered.bytes().length == 0) {
            return "empty output | rendered " + format + " is empty";
          }
          diagnostics.addAll(rendered.warnings());
        }
      } else if (!checked.hasErrors()) {
        return "no brief | no brief, yet no error";
      }
      String misplaced = Placement.problem(bytes, diagnostics);
      if (misplaced != null) {
        return misplaced;
      }
    } catch (Throwable e) {
      StackTraceElement[] trace = e.getStackTrace();
      String top = trace.length > 0 ? trace[0].toString() : "?";
      return e.getClass().getName() + " at " + top + " | " + stackTop(e);
    }
    long took = System.nanoTime() - start;
    return took <= CASE_BOUND_NANOS
        ? null
        : "slow | took " + took / 1_000_000 + " ms, over " + CASE_BOUND_NANOS / 1_000_000 + " ms";
  }

  private static String stackTop(Throwable e) {
    StringBuilder top = new StringBuilder(e.toString());
    StackTraceElement[] trace = e.getStackTrace();
    for (int i = 0; i < Math.min(8, trace.length); i++) {
      top.append("\n\tat ").append(trace[i]);
    }
    return top.toString();
  }

  private static void report(Map<String, String> failures, Map<String, Integer> counts) {
    if (failures.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder(failures.size() + " failure classes\n");
    failures.forEach(
        (problem, example) ->
            message
                .append("\n=== ")
                .append(problem)
                .append(" (")
                .append(counts.get(problem))
                .append(" cases), first: ")
                .append(example)
                .append('\n'));
    fail(message.toString());
  }

  /** Compiles the engine's code paths once, so the per-case bound times the case, not the JIT. */
  private void warmUp(List<Path> seeds) {
    for (int round = 0; round < 3; round++) {
      for (Path seed : seeds) {
        problem(read(seed), true);
      }
    }
  }

  /** The text of a case, escaped so control characters show, and cut when it is long. */
  private static String shown(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .limit(3000)
        .forEach(
            c -> {
              if (c == '\n' || (c >= 0x20 && c < 0x7F)) {
                out.appendCodePoint(c);
              } else {
                out.append(String.format("\\u{%X}", c));
              }
            });
    int length = text.codePointCount(0, text.length());
    return length > 3000 ? out + "\n... (" + length + " code points in all)" : out.toString();
  }

  private static List<Path> seedBriefs() {
    List<Path> seeds = new ArrayList<>(yamlFiles(Path.of("src/test/resources/cases/valid")));
    seeds.addAll(yamlFiles(Path.of("briefs")));
    return seeds;
  }

  private static List<Path> yamlFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
