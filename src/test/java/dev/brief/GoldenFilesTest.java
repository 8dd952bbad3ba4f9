package dev.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The golden runners' strictness, shown on a folder made up for the purpose. */
class GoldenFilesTest {
  @TempDir Path dir;

  private GoldenFiles pairs() throws IOException {
    Files.writeString(dir.resolve("a.md"), "a");
    Files.writeString(dir.resolve("a.pdf.txt"), "A");
    Files.writeString(dir.resolve("b.md"), "b");
    Files.writeString(dir.resolve("gone.pdf.txt"), "G");
    return new GoldenFiles(dir, ".md", ".pdf.txt");
  }

  @Test
  void namesAreTheInputs() throws IOException {
    assertEquals(List.of("a", "b"), pairs().names());
  }

  @Test
  void anExpectedFileWithNoInputIsAnOrphan() throws IOException {
    GoldenFiles pairs = pairs();
    assertEquals(List.of(dir.resolve("gone.pdf.txt")), pairs.orphans());
    AssertionFailedError e = assertThrows(AssertionFailedError.class, pairs::assertNoOrphans);
    assertTrue(e.getMessage().contains("gone.pdf.txt"), e.getMessage());
  }

  @Test
  void aMissingExpectedFileFailsAndNamesTheCase() throws IOException {
    GoldenFiles pairs = pairs();
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> pairs.assertMatches("b", "B".getBytes(StandardCharsets.UTF_8), () -> "case b"));
    assertTrue(e.getMessage().startsWith("case b\nmissing "), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("b.pdf.txt")), "a missing expected file was written");
  }

  @Test
  void aDifferenceFailsAndAMatchPasses() throws IOException {
    GoldenFiles pairs = pairs();
    pairs.assertMatches("a", "A".getBytes(StandardCharsets.UTF_8), () -> "case a");
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> pairs.assertMatches("a", "A\n".getBytes(StandardCharsets.UTF_8), () -> "case a"));
    assertTrue(e.getMessage().startsWith("case a"), e.getMessage());
  }
}
