package dev.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Golden pairs in one folder: {@code NAME + input} beside {@code NAME + expected}. A missing
 * expected file fails, and so does an expected file with no input (an orphan, left behind when a
 * case is renamed or deleted); {@code -Dbrief.updateGolden=true} writes what the code does now.
 */
public final class GoldenFiles {
  private final Path dir;
  private final String input;
  private final String expected;

  /** The pairs {@code NAME + input} and {@code NAME + expected} in {@code dir}. */
  public GoldenFiles(Path dir, String input, String expected) {
    this.dir = dir;
    this.input = input;
    this.expected = expected;
  }

  /** Whether this run rewrites expected files instead of comparing with them. */
  public static boolean updating() {
    return Boolean.getBoolean("brief.updateGolden");
  }

  /** The case names, sorted: every input's file name without its extension. */
  public List<String> names() {
    return stems(input);
  }

  /** The input file of a case. */
  public Path input(String name) {
    return dir.resolve(name + input);
  }

  /** The expected file of a case. */
  public Path expected(String name) {
    return dir.resolve(name + expected);
  }

  /** Expected files whose input is gone, as paths. */
  public List<Path> orphans() {
    return stems(expected).stream()
        .filter(name -> !Files.exists(input(name)))
        .map(this::expected)
        .toList();
  }

  /** Fails, naming every orphan, unless there are none. */
  public void assertNoOrphans() {
    List<Path> orphans = orphans();
    if (!orphans.isEmpty()) {
      fail("expected files with no " + input + " input (delete or rename them): " + orphans);
    }
  }

  /**
   * Compares {@code actual} with the expected file of case {@code name}, byte for byte (shown as
   * UTF-8 text on failure), or writes it when updating; {@code context} opens the failure message.
   */
  public void assertMatches(String name, byte[] actual, Supplier<String> context)
      throws IOException {
    Path file = expected(name);
    if (updating()) {
      Files.write(file, actual);
      return;
    }
    if (!Files.exists(file)) {
      fail(
          context.get()
              + "\nmissing "
              + file
              + " (run with -Dbrief.updateGolden=true to write it)");
    }
    byte[] want = Files.readAllBytes(file);
    assertEquals(text(want), text(actual), () -> context.get() + "\n(expected " + file + ")");
    assertArrayEquals(want, actual, () -> context.get() + "\n(expected " + file + ", bytes)");
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private List<String> stems(String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(suffix) && Files.isRegularFile(dir.resolve(n)))
          .map(n -> n.substring(0, n.length() - suffix.length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
