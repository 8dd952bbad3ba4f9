package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run on many threads prints and writes exactly what a run on one does: the same standard output
 * and error, in the same order, and byte-identical files.
 */
class ParallelTest {
  private static final Path CASES = Path.of("src/test/resources/cases");

  @TempDir Path tmp;
  private Path in;

  /** Valid briefs in nested folders, with invalid ones and warnings between them. */
  @BeforeEach
  void briefs() throws IOException {
    in = tmp.resolve("in");
    int n = 0;
    for (String folder : List.of("compose", "valid", "invalid")) {
      try (Stream<Path> files = Files.list(CASES.resolve(folder))) {
        for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          Path copy = in.resolve(folder).resolve((n++ % 3) + "").resolve(file.getFileName());
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy);
        }
      }
    }
  }

  @Test
  void renderOnFourThreadsEqualsRenderOnOne() throws IOException {
    for (String format : List.of("pdf", "html")) {
      Run one = render(format, "1");
      Run four = render(format, "4");
      assertEquals(1, one.exit(), one::toString);
      assertTrue(one.stdout().lines().count() > 20, one::toString);
      assertTrue(one.stderr().contains("[unknown-field]"), one::toString);
      assertEquals(one.exit(), four.exit());
      assertEquals(one.stdout().replace("/jobs1-", "/"), four.stdout().replace("/jobs4-", "/"));
      assertEquals(one.stderr(), four.stderr());
      List<Path> written = files(tmp.resolve("jobs1-" + format));
      assertEquals(one.stdout().lines().count(), written.size());
      for (Path file : written) {
        Path other =
            tmp.resolve("jobs4-" + format).resolve(tmp.resolve("jobs1-" + format).relativize(file));
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(other), file.toString());
      }
    }
  }

  @Test
  void validateOnThreeThreadsEqualsValidateOnOne() {
    for (String format : List.of("text", "json")) {
      Run one = Run.of("validate", "--format", format, "--jobs", "1", in.toString());
      Run three = Run.of("validate", "--format", format, "--jobs", "3", in.toString());
      assertEquals(1, one.exit(), one::toString);
      assertEquals(one.toString(), three.toString());
    }
  }

  @Test
  void jobsBelowOneIsAUsageError() {
    Run run = Run.of("validate", "--jobs", "0", in.toString());
    assertEquals(2, run.exit(), run::toString);
    assertEquals("brief: --jobs must be 1 or more, not 0\n", run.stderr());
  }

  private Run render(String format, String jobs) {
    return Run.of(
        "render",
        "-f",
        format,
        "--jobs",
        jobs,
        "--out-dir",
        tmp.resolve("jobs" + jobs + "-" + format).toString(),
        in.toString());
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
