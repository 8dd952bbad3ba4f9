package dev.brief.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.read.Node;
import dev.brief.read.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases: every {@code cases/valid/*.yaml} and {@code cases/invalid/*.yaml} is read and
 * validated, and its diagnostics (one formatted line each) must equal {@code NAME.err} beside it.
 * Run with {@code -Dbrief.updateGolden=true} to rewrite the expected files, then review the diff.
 */
class ValidateCasesTest {
  private static final Path CASES = Path.of("src/test/resources/cases");
  private static final Validator VALIDATOR = new Validator();

  static Stream<Arguments> cases() throws IOException {
    return Stream.of("valid", "invalid")
        .flatMap(ValidateCasesTest::yamlFiles)
        .map(p -> Arguments.of(Named.of(CASES.relativize(p).toString(), p)));
  }

  private static Stream<Path> yamlFiles(String folder) {
    try (Stream<Path> files = Files.list(CASES.resolve(folder))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What {@code brief validate} would print for one file, minus the summary. */
  static List<Diagnostic> diagnose(String name, byte[] content) {
    try {
      // As the cli's Loader does: the reader's warnings, then the validator's, in file order.
      List<Diagnostic> found = new java.util.ArrayList<>();
      Node root = new YamlReader().read(name, content, found);
      found.addAll(VALIDATOR.validate(name, root));
      found.sort(
          java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
      return found;
    } catch (BriefException e) {
      return e.diagnostics();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void diagnosticsMatchGolden(Path yaml) throws IOException {
    String name = yaml.getFileName().toString();
    List<Diagnostic> found = diagnose(name, Files.readAllBytes(yaml));
    String actual = found.stream().map(d -> d.format() + "\n").collect(Collectors.joining());
    Path expectedFile = yaml.resolveSibling(name.replaceFirst("\\.yaml$", ".err"));
    if (Boolean.getBoolean("brief.updateGolden")) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected =
        Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
    String input = Files.readString(yaml, StandardCharsets.ISO_8859_1);
    assertEquals(expected, actual, "diagnostics of " + yaml + ":\n" + input);
    // Invalid cases hold at least one problem (warnings count); valid ones none at all.
    boolean invalidCase = yaml.getParent().endsWith("invalid");
    assertEquals(invalidCase, !found.isEmpty(), "problems expected only in invalid cases");
  }
}
