package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Long runs of Markdown's special characters in a text field, through the whole pipeline. A run of
 * 200,000 '[' once overflowed the stack in a regular expression of the composer.
 */
class HostileInputTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "run of {0}")
  @ValueSource(
      strings = {
        "[", "]", "-", "- ", "*", "* ", "_", "`", "` ", "<", ">", "#", "|", "\\", "&", "!", "(",
        "[x](", "*a ", "1. "
      })
  void longRunRendersQuickly(String piece) throws Exception {
    String run = piece.repeat(100_000 / piece.length());
    String brief =
        Files.readString(Path.of(CliTest.EXAMPLE))
            .replace("conclusion: >-\n", "conclusion: |-\n  " + run + "\n  end\nx-was: >-\n");
    Path file = tmp.resolve("hostile.yaml");
    Files.writeString(file, brief);
    for (String format : new String[] {"md", "pdf"}) {
      Run result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30),
              () ->
                  Run.of(
                      "render",
                      "-f",
                      format,
                      "-o",
                      tmp.resolve("out." + format).toString(),
                      file.toString()));
      assertEquals(0, result.exit(), () -> format + ": " + result);
    }
  }

  /** A 100 KB classification once took minutes: the header shortened it a character at a time. */
  @org.junit.jupiter.api.Test
  void hugeClassificationRendersQuickly() throws Exception {
    String brief =
        Files.readString(Path.of(CliTest.EXAMPLE))
            .replace("classification: INTERNAL", "classification: " + "SECRET ".repeat(15_000));
    Path file = tmp.resolve("marking.yaml");
    Files.writeString(file, brief);
    Run result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> Run.of("render", "-o", tmp.resolve("out.pdf").toString(), file.toString()));
    assertEquals(0, result.exit(), result::toString);
  }
}
