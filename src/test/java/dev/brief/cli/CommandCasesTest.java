package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Command tests in the manner of pandoc's: each {@code cases/cli/NAME.test} holds the command line,
 * the exit code, and the exact standard output and standard error; a command line that ends in
 * {@code < FILE} reads FILE as its standard input, as a shell would. With {@code
 * -Dbrief.updateGolden=true} the expected parts are rewritten from what brief does now.
 */
class CommandCasesTest {
  static final Path DIR = Path.of("src/test/resources/cases/cli");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".test")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void commandBehavesAsRecorded(Path file) throws IOException {
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    String command = expected.lines().findFirst().orElseThrow();
    if (!command.startsWith("$ brief")) {
      throw new IllegalArgumentException(file + ": first line must be '$ brief ARGS...'");
    }
    String line = command.substring("$ brief".length()).trim();
    InputStream stdin = InputStream.nullInputStream();
    int redirect = line.lastIndexOf(" < ");
    if (redirect >= 0) {
      stdin = new ByteArrayInputStream(Files.readAllBytes(Path.of(line.substring(redirect + 3))));
      line = line.substring(0, redirect).trim();
    }
    List<String> args = List.of(line.split("\\s+"));
    Run run =
        Run.withStdin(
            stdin, Map.of(), args.get(0).isEmpty() ? new String[0] : args.toArray(String[]::new));
    String actual =
        command
            + "\n? "
            + run.exit()
            + "\n--- stdout\n"
            + run.stdout()
            + "--- stderr\n"
            + run.stderr();
    if (Boolean.getBoolean("brief.updateGolden")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, actual, () -> "command case " + file);
  }
}
