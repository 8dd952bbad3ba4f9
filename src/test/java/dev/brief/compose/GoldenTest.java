package dev.brief.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brief.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden Markdown: every {@code cases/compose/NAME.yaml} composes to {@code NAME.md} beside it, and
 * every example in {@code briefs/} to {@code cases/compose/briefs/NAME.md}. Run with {@code
 * -Dbrief.updateGolden=true} to rewrite the expected files, then review the diff.
 */
class GoldenTest {
  static final Path CASES = Path.of("src/test/resources/cases/compose");
  static final Path BRIEFS = Path.of("briefs");

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (Path yaml : yamlFiles(CASES)) {
      cases.add(golden(yaml, CASES));
    }
    for (Path yaml : yamlFiles(BRIEFS)) {
      cases.add(golden(yaml, CASES.resolve("briefs")));
    }
    return cases.stream();
  }

  static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static Arguments golden(Path yaml, Path expectedDir) {
    String name = yaml.getFileName().toString().replaceFirst("\\.yaml$", "");
    return Arguments.of(Named.of(yaml.toString(), yaml), expectedDir.resolve(name + ".md"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void composesToGolden(Path yaml, Path expected) throws Exception {
    String actual = Composer.compose(TestBriefs.read(yaml), Template.builtIn());
    if (Boolean.getBoolean("brief.updateGolden")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    String want =
        Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "(missing)";
    assertEquals(
        want,
        actual,
        () -> "composing " + yaml + " (expected " + expected + ")\n--- input ---\n" + read(yaml));
  }

  @Test
  void everyExpectedFileHasItsBrief() throws IOException {
    new GoldenFiles(CASES, ".yaml", ".md").assertNoOrphans();
    try (Stream<Path> files = Files.list(CASES.resolve("briefs"))) {
      List<Path> orphans =
          files
              .filter(p -> p.toString().endsWith(".md"))
              .filter(
                  p ->
                      !Files.exists(
                          BRIEFS.resolve(p.getFileName().toString().replace(".md", ".yaml"))))
              .toList();
      assertEquals(List.of(), orphans, "expected Markdown with no brief in briefs/");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
