package dev.brief;

import static dev.brief.ArchitectureChecker.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.ArchitectureChecker.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package list is the architecture: each library stays in its stage, the model and diagnostics
 * depend on nothing of ours, the command line reaches the stages only through the engine, and only
 * the command line touches the outside world. Package names below are under {@code dev.brief} and
 * include their subpackages.
 */
class ArchitectureTest {
  /** Each library, and the only packages that may use it. */
  static final Map<String, List<String>> LIBRARIES =
      Map.of(
          "org.yaml.snakeyaml", List.of("read"),
          "dev.harrel", List.of("validate"),
          "com.github.mustachejava", List.of("compose"),
          "com.lowagie", List.of("write.pdf"),
          "picocli", List.of("cli"),
          "org.commonmark", List.of("layout", "typography", "write"));

  /** Packages that use nothing of dev.brief but themselves and the few named beside them. */
  static final Map<String, List<String>> SELF_CONTAINED =
      Map.of(
          "model", List.of(),
          "diagnostic", List.of(),
          "language", List.of(),
          "report", List.of("diagnostic"));

  /** The command line, and the only packages of dev.brief it may use. */
  static final String CLI = "cli";

  static final List<String> CLI_MAY_USE = List.of("engine", "diagnostic", "model", "report");

  /** Streams, exit and file writes: only the command line touches the outside world. */
  static final Pattern OUTSIDE_WORLD =
      Pattern.compile(
          "\\bSystem\\.(out|err|exit)\\b|\\bRandomAccessFile\\b|\\bnew\\s+(FileOutputStream"
              + "|FileWriter)\\b|\\bFiles\\.(write|writeString|newOutputStream|newBufferedWriter"
              + "|move|copy|delete|deleteIfExists|createDirectories|createDirectory|createFile"
              + "|createTempFile|createTempDirectory)\\b");

  static final Pattern CLOCK =
      Pattern.compile(
          "\\b(Instant|LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Year"
              + "|YearMonth)\\.now\\b|\\bSystem\\.currentTimeMillis\\b|\\bClock\\."
              + "|\\bnew\\s+Date\\s*\\(\\s*\\)");

  static final List<Rule> RULES = rules();

  private static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    LIBRARIES.forEach(
        (library, owners) ->
            rules.add(
                new Rule(
                    library + " outside " + String.join(", ", owners),
                    Pattern.compile("\\b" + Pattern.quote(library) + "\\."),
                    pkg -> owners.stream().noneMatch(owner -> within(pkg, owner)))));
    SELF_CONTAINED.forEach(
        (own, uses) ->
            rules.add(
                new Rule(
                    own + " uses dev.brief outside itself" + (uses.isEmpty() ? "" : " and " + uses),
                    Pattern.compile(
                        "\\bdev\\.brief\\.(?!(" + String.join("|", concat(own, uses)) + ")\\b)\\w"),
                    pkg -> within(pkg, own))));
    rules.add(
        new Rule(
            "cli uses a stage; only " + String.join(", ", CLI_MAY_USE),
            Pattern.compile(
                "\\bdev\\.brief\\.(?!(" + CLI + "|" + String.join("|", CLI_MAY_USE) + ")\\b)\\w"),
            pkg -> within(pkg, CLI)));
    rules.add(new Rule("outside world outside cli", OUTSIDE_WORLD, pkg -> !within(pkg, CLI)));
    // Output must not depend on when it is made: only the command line may ask the time.
    rules.add(new Rule("clock read outside cli", CLOCK, pkg -> !within(pkg, CLI)));
    return rules;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }

  @Test
  void mainCodeKeepsTheArchitecture() throws IOException {
    Path root = Path.of("src/main/java");
    List<String> violations = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        packages.add(ArchitectureChecker.packageOf(source));
        violations.addAll(ArchitectureChecker.check(file.toString(), source, RULES));
      }
    }
    assertEquals("", String.join("\n", violations), "architecture rules broken");
    // A rule about a package that is gone would pass for ever: every package named must exist.
    List<String> named = new ArrayList<>(SELF_CONTAINED.keySet());
    SELF_CONTAINED.values().forEach(named::addAll);
    LIBRARIES.values().forEach(named::addAll);
    named.addAll(CLI_MAY_USE);
    for (String name : named) {
      assertTrue(packages.contains("dev.brief." + name), "no package dev.brief." + name);
    }
  }

  private static List<String> violations(String source) {
    return ArchitectureChecker.check("X.java", source, RULES);
  }

  @Test
  void libraryOutsideItsStage() {
    assertEquals(
        List.of("X.java:2: com.lowagie outside write.pdf: import com.lowagie.text.Document;"),
        violations("package dev.brief.write.html;\nimport com.lowagie.text.Document;\n"));
    assertEquals(
        List.of(
            "X.java:3: org.commonmark outside layout, typography, write: Object n = new org.commonmark."),
        violations("package dev.brief.compose;\nclass X {\n  Object n = new org.commonmark.\n}"));
    assertEquals(
        1, violations("package dev.brief.cli;\nimport static org.yaml.snakeyaml.Yaml.x;\n").size());
    assertEquals(
        List.of(),
        violations(
            "package dev.brief.write.pdf;\nimport com.lowagie.text.Document;\n"
                + "import org.commonmark.node.Node;\n"));
  }

  @Test
  void modelAndDiagnosticUseNothingOfOurs() {
    assertEquals(
        List.of("X.java:2: model uses dev.brief outside itself: import dev.brief.read.Node;"),
        violations("package dev.brief.model;\nimport dev.brief.read.Node;\n"));
    assertEquals(
        1,
        violations("package dev.brief.diagnostic;\nclass X { dev.brief.model.Brief b; }").size());
    assertEquals(List.of(), violations("package dev.brief.model;\nimport dev.brief.model.X;\n"));
    assertEquals(
        List.of(), violations("package dev.brief.report;\nimport dev.brief.diagnostic.Rule;\n"));
    assertEquals(
        1, violations("package dev.brief.report;\nimport dev.brief.engine.Checked;\n").size());
  }

  @Test
  void cliReachesStagesOnlyThroughTheEngine() {
    assertEquals(
        List.of(
            "X.java:2: cli uses a stage; only engine, diagnostic, model, report:"
                + " import dev.brief.compose.Composer;",
            "X.java:3: cli uses a stage; only engine, diagnostic, model, report:"
                + " import static dev.brief.layout.Layout.of;"),
        violations(
            "package dev.brief.cli;\nimport dev.brief.compose.Composer;\n"
                + "import static dev.brief.layout.Layout.of;\nimport dev.brief.engine.Engine;\n"));
  }

  @Test
  void onlyCliTouchesTheOutsideWorld() {
    String code = "class X { void f(Path p) { System.out.println(1); Files.writeString(p, s); } }";
    assertEquals(
        List.of("X.java:2: outside world outside cli: " + code),
        violations("package dev.brief.engine;\n" + code));
    assertEquals(
        1, violations("package dev.brief.model;\nObject o = new FileOutputStream(f);").size());
    assertEquals(List.of(), violations("package dev.brief.cli;\n" + code));
  }

  @Test
  void stagesDoNotReadTheClock() {
    assertEquals(
        List.of("X.java:2: clock read outside cli: Instant at = Instant.now();"),
        violations("package dev.brief.write.pdf;\nInstant at = Instant.now();"));
    assertEquals(
        1, violations("package dev.brief.theme;\nlong t = System.currentTimeMillis();").size());
    assertEquals(1, violations("package dev.brief.report;\nvar d = LocalDate.now();").size());
    assertEquals(List.of(), violations("package dev.brief.cli;\nInstant at = Instant.now();"));
  }

  @Test
  void commentsAndLiteralsAreNotCode() {
    assertEquals(
        List.of(),
        violations(
            "package dev.brief.model;\n// import picocli.CommandLine;\n/* com.lowagie.text */\n"
                + "/** {@code dev.brief.read.Node} */\nString s = \"System.out \\\" picocli.\";\n"
                + "char q = '\"'; String t = \"\"\"\n  Instant.now()\n  \"\"\";\n"));
    assertEquals(
        List.of("X.java:3: picocli outside cli: char q = '\"'; picocli.CommandLine c;"),
        violations("package dev.brief.model;\n\nchar q = '\"'; picocli.CommandLine c;\n"));
  }
}
