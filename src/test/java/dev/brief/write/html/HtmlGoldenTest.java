package dev.brief.write.html;

import dev.brief.GoldenFiles;
import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.engine.Checked;
import dev.brief.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden HTML through the public engine: each {@code cases/html/NAME.yaml} is checked and rendered
 * as html, and must equal {@code NAME.html} byte for byte. A missing expected file fails, and so
 * does an expected file with no input; run with {@code -Dbrief.updateGolden=true} to write the
 * expected files, then review the diff.
 */
class HtmlGoldenTest {
  private static final GoldenFiles CASES =
      new GoldenFiles(Path.of("src/test/resources/cases/html"), ".yaml", ".html");
  private static Engine engine;

  @BeforeAll
  static void buildEngine() throws BriefException {
    engine = Engine.builder().timestamp(Instant.parse("2025-03-01T12:00:00Z")).build();
  }

  static List<String> cases() {
    return CASES.names();
  }

  @Test
  void everyExpectedFileHasAnInput() {
    CASES.assertNoOrphans();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersToGolden(String name) throws Exception {
    byte[] input = Files.readAllBytes(CASES.input(name));
    Checked checked = engine.check(name + ".yaml", input);
    String context =
        "html case " + name + "\n--- input ---\n" + new String(input, StandardCharsets.UTF_8);
    if (checked.hasErrors()) {
      throw new AssertionError(
          context
              + "\n--- diagnostics ---\n"
              + checked.diagnostics().stream()
                  .map(Diagnostic::format)
                  .collect(Collectors.joining("\n")));
    }
    CASES.assertMatches(name, engine.render(checked, "html").bytes(), () -> context);
  }
}
