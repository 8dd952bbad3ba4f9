package dev.brief.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brief.GoldenFiles;
import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases: every {@code cases/valid/*.yaml} and {@code cases/invalid/*.yaml} is checked as
 * {@code brief validate} checks it, and its diagnostics (one formatted line each) must equal {@code
 * NAME.err} beside it. A missing {@code .err} fails, and so does one with no brief. Run with {@code
 * -Dbrief.updateGolden=true} to rewrite the expected files, then review the diff.
 */
class ValidateCasesTest {
  private static final Path CASES = Path.of("src/test/resources/cases");
  private static final List<String> FOLDERS = List.of("valid", "invalid");
  private static final Engine ENGINE = engine();

  static Stream<Arguments> cases() {
    return FOLDERS.stream()
        .flatMap(folder -> golden(folder).names().stream().map(name -> case_(folder, name)));
  }

  private static Arguments case_(String folder, String name) {
    return Arguments.of(Named.of(folder + "/" + name + ".yaml", folder), name);
  }

  private static GoldenFiles golden(String folder) {
    return new GoldenFiles(CASES.resolve(folder), ".yaml", ".err");
  }

  /** What {@code brief validate} prints for one file, minus the summary. */
  static List<Diagnostic> diagnose(String name, byte[] content) {
    return ENGINE.check(name, content).diagnostics();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void diagnosticsMatchGolden(String folder, String name) throws IOException {
    GoldenFiles golden = golden(folder);
    Path yaml = golden.input(name);
    List<Diagnostic> found = diagnose(name + ".yaml", Files.readAllBytes(yaml));
    String actual = found.stream().map(d -> d.format() + "\n").collect(Collectors.joining());
    String input = Files.readString(yaml, StandardCharsets.ISO_8859_1);
    golden.assertMatches(
        name,
        actual.getBytes(StandardCharsets.UTF_8),
        () -> "diagnostics of " + yaml + ":\n" + input);
    // Invalid cases hold at least one problem (warnings count); valid ones none at all.
    assertEquals(folder.equals("invalid"), !found.isEmpty(), "problems expected only in invalid");
  }

  @Test
  void everyExpectedFileHasItsBrief() {
    FOLDERS.forEach(folder -> golden(folder).assertNoOrphans());
  }

  private static Engine engine() {
    try {
      return Engine.builder().build();
    } catch (BriefException e) {
      throw new IllegalStateException(e);
    }
  }
}
