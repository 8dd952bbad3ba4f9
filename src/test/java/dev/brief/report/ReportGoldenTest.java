package dev.brief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden reports: every {@code cases/report/NAME.results} is written by every report in {@link
 * Reports#names()}, and each must equal {@code NAME.REPORT} beside it ({@code mixed.json}); the
 * GitHub step summary of the run must equal {@code NAME.summary}. A missing expected file fails;
 * run with {@code -Dbrief.updateGolden=true} to write the expected files, then review the diff. An
 * expected file with no case or no report left fails too. The inputs are runs written by hand
 * ({@link ResultsFile}), so hostile file names need no real files.
 */
class ReportGoldenTest {
  static final Path DIR = Path.of("src/test/resources/cases/report");
  private static final String INPUT = ".results";

  /** The step summary's extension, after the reports'. */
  private static final String SUMMARY = "summary";

  private static List<String> outputs() {
    List<String> outputs = new ArrayList<>(Reports.names());
    outputs.add(SUMMARY);
    return outputs;
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (Path input : inputs()) {
      for (String report : outputs()) {
        Path expected = DIR.resolve(caseName(input) + "." + report);
        cases.add(Arguments.of(Named.of(expected.getFileName().toString(), input), report));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportMatchesGolden(Path input, String report) throws IOException {
    Path expected = DIR.resolve(caseName(input) + "." + report);
    ResultsFile.Parsed parsed = ResultsFile.parse(input);
    List<FileResult> results = parsed.results();
    StringWriter written = new StringWriter();
    try (PrintWriter out = new PrintWriter(written)) {
      if (report.equals(SUMMARY)) {
        out.print(StepSummary.of(parsed.run(), results, Summary.of(results)));
      } else {
        Reports.named(report).orElseThrow().write(parsed.run(), results, Summary.of(results), out);
      }
    }
    String actual = written.toString();
    if (Boolean.getBoolean("brief.updateGolden")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(
        Files.exists(expected),
        () -> expected + " is missing; run with -Dbrief.updateGolden=true and review it");
    assertEquals(
        Files.readString(expected, StandardCharsets.UTF_8),
        actual,
        () -> report + " report of " + input + "\n--- input ---\n" + read(input));
  }

  /** Each file beside the inputs is an input or the expected output of a case and a report. */
  @Test
  void everyExpectedFileHasItsCaseAndReport() throws IOException {
    List<String> orphans = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        boolean expected =
            dot > 0
                && outputs().contains(name.substring(dot + 1))
                && Files.exists(DIR.resolve(name.substring(0, dot) + INPUT));
        if (!name.endsWith(INPUT) && !expected) {
          orphans.add(name);
        }
      }
    }
    assertEquals(List.of(), orphans, "files in " + DIR + " with no case or no report");
  }

  private static List<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(INPUT)).sorted().toList();
    }
  }

  private static String caseName(Path input) {
    String name = input.getFileName().toString();
    return name.substring(0, name.length() - INPUT.length());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
