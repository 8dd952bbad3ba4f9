package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * One brief per language or script, {@code cases/languages/NAME.yaml}, rendered through the public
 * engine in every format: its Markdown must equal {@code NAME.md}, its HTML {@code NAME.html}, and
 * the text read back from its PDF, page by page, {@code NAME.pdf.txt}. Each brief must be clean
 * under {@code --strict} (no warning). A missing expected file fails, and so does an expected file
 * with no input; run with {@code -Dbrief.updateGolden=true} to write them, then review the diff.
 */
class LanguageGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/cases/languages");
  private static final List<GoldenFiles> FORMATS =
      List.of(
          new GoldenFiles(DIR, ".yaml", ".md"),
          new GoldenFiles(DIR, ".yaml", ".html"),
          new GoldenFiles(DIR, ".yaml", ".pdf.txt"));
  private static Engine engine;

  @BeforeAll
  static void buildEngine() throws BriefException {
    engine = Engine.builder().timestamp(Instant.parse("2025-03-21T12:00:00Z")).build();
  }

  static List<String> cases() {
    return FORMATS.get(0).names();
  }

  @Test
  void everyExpectedFileHasAnInput() {
    FORMATS.forEach(GoldenFiles::assertNoOrphans);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersInEveryFormat(String name) throws Exception {
    byte[] input = Files.readAllBytes(DIR.resolve(name + ".yaml"));
    Checked checked = engine.check(name + ".yaml", input);
    String diagnostics =
        checked.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    assertEquals("", diagnostics, name + ".yaml must pass validate --strict");
    String context = "language case " + name;
    FORMATS
        .get(0)
        .assertMatches(name, engine.render(checked, "md").bytes(), () -> context + " (md)");
    FORMATS
        .get(1)
        .assertMatches(name, engine.render(checked, "html").bytes(), () -> context + " (html)");
    StringBuilder text = new StringBuilder();
    List<String> pages = Pdfs.pages(engine.render(checked, "pdf").bytes());
    for (int i = 0; i < pages.size(); i++) {
      text.append("--- page ").append(i + 1).append(" ---\n").append(pages.get(i));
    }
    FORMATS
        .get(2)
        .assertMatches(
            name, text.toString().getBytes(StandardCharsets.UTF_8), () -> context + " (pdf)");
  }
}
