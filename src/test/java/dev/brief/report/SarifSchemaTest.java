package dev.brief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.SnakeYamlNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden run's SARIF log is valid under the official SARIF 2.1.0 schema ({@code
 * sarif/sarif-schema-2.1.0.json}, OASIS errata 01, copied from oasis-tcs/sarif-spec {@code
 * sarif-2.1/schema/}), and the schema check itself catches a log that breaks it. The schema library
 * reads both through SnakeYAML (JSON is YAML), not brief's reader, which rejects what JSON allows
 * and briefs do not (a {@code \r} escape).
 */
class SarifSchemaTest {
  private static final Path SCHEMA = Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(ReportGoldenTest.DIR)) {
      return files.filter(p -> p.toString().endsWith(".results")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sarifLogIsValidUnderTheSchema(Path input) throws IOException {
    String log = sarif(input);
    assertEquals(List.of(), errors(schema(), log), log);
  }

  @Test
  void theLogOfARunStoppedByAUsageErrorIsValidAndSaysWhy() throws IOException {
    StringWriter written = new StringWriter();
    try (PrintWriter out = new PrintWriter(written)) {
      Run run = ResultsFile.parse(ReportGoldenTest.DIR.resolve("mixed.results")).run();
      new SarifReport().writeError(run, "Unknown option: '--colour'", 2, out);
    }
    String log = written.toString();
    assertEquals(List.of(), errors(schema(), log), log);
    assertTrue(log.contains("\"executionSuccessful\": false, \"exitCode\": 2"), log);
    assertTrue(log.contains("\"text\": \"Unknown option: '--colour'\""), log);
  }

  @Test
  void theCheckCatchesABrokenLog() throws IOException {
    String log = sarif(ReportGoldenTest.DIR.resolve("mixed.results"));
    String broken = log.replace("\"startLine\": 14", "\"startLine\": 0");
    assertFalse(broken.equals(log));
    assertFalse(errors(schema(), broken).isEmpty());
    String wrongLevel = log.replace("\"level\": \"warning\"", "\"level\": \"severe\"");
    assertFalse(errors(schema(), wrongLevel).isEmpty());
    String unknownKey = log.replace("\"ruleIndex\"", "\"ruleIdx\"");
    assertFalse(errors(schema(), unknownKey).isEmpty());
  }

  /** The help link names the README's table of rules, whose heading makes that anchor. */
  @Test
  void theRulesHelpLinkTargetExists() throws IOException {
    String anchor = SarifReport.RULES_URI.substring(SarifReport.RULES_URI.indexOf('#') + 1);
    List<String> headings =
        Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("#"))
            .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase().replace(' ', '-'))
            .toList();
    assertTrue(headings.contains(anchor), () -> "no README heading for #" + anchor);
  }

  /** Every error, as {@code /instance/location: message (at /schema/location)}; empty if valid. */
  static List<String> errors(String schema, String json) {
    SnakeYamlNode.Factory factory = new SnakeYamlNode.Factory();
    List<String> errors = new ArrayList<>();
    for (Error e :
        new ValidatorFactory()
            .withJsonNodeFactory(factory)
            .validate(factory.create(schema), factory.create(json))
            .getErrors()) {
      errors.add(
          e.getInstanceLocation() + ": " + e.getError() + " (at " + e.getSchemaLocation() + ")");
    }
    return errors;
  }

  private static String schema() throws IOException {
    return Files.readString(SCHEMA, StandardCharsets.UTF_8);
  }

  private static String sarif(Path input) throws IOException {
    ResultsFile.Parsed parsed = ResultsFile.parse(input);
    StringWriter written = new StringWriter();
    try (PrintWriter out = new PrintWriter(written)) {
      new SarifReport().write(parsed.run(), parsed.results(), Summary.of(parsed.results()), out);
    }
    return written.toString();
  }
}
