package dev.brief.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The work a start-up archive (CDS, or the AOT cache) is trained on, in one JVM: a real render in
 * each format, validate and help, so the classes each of them loads are archived. Not a command:
 * {@code src/build/archive.sh} runs it at {@code package} as {@code java -cp brief.jar
 * dev.brief.cli.Training BRIEF}. Output is thrown away; a run that fails stops the training.
 */
final class Training {
  private Training() {}

  public static void main(String[] args) throws IOException {
    String brief = args[0];
    Path dir = Files.createTempDirectory("brief-training");
    try {
      run(0, "render", "-o", dir.resolve("memo.pdf").toString(), brief);
      run(0, "render", "-f", "md", "-o", "-", brief);
      run(0, "render", "-f", "html", "--out-dir", dir.toString(), brief);
      run(0, "validate", brief);
      run(0, "validate", "--format", "json", brief);
      run(0, "validate", "--report", "sarif", brief);
      run(0, "validate", "--report", "junit", brief);
      run(0, "--help");
      run(0, "render", "--help");
      run(0, "help", "validate");
      run(0, "--version");
      run(ExitCode.USAGE.code, "valdate", brief);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static void run(int expected, String... args) {
    OutputStream none = OutputStream.nullOutputStream();
    int code = Main.run(args, none, none, Map.of());
    if (code != expected) {
      throw new IllegalStateException(
          "brief " + String.join(" ", List.of(args)) + ": exit " + code);
    }
  }
}
