package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.engine.Engine;
import dev.brief.theme.Role;
import dev.brief.theme.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default theme's measure: body text of the example memo sets 65 to 90 characters a line on A4
 * and on Letter, the range in which a reader's eye finds the next line without effort.
 */
class MeasureTest {
  private static final Path EXAMPLE = Path.of("briefs/us-nato-redistribution.yaml");

  @ParameterizedTest
  @ValueSource(strings = {"A4", "Letter"})
  void bodyLinesHoldSixtyFiveToNinetyCharacters(String size) throws Exception {
    Engine engine =
        Engine.builder()
            .theme("size.yaml", ("page: {size: " + size + "}\n").getBytes(StandardCharsets.UTF_8))
            .build();
    byte[] pdf = engine.render(EXAMPLE.toString(), Files.readAllBytes(EXAMPLE), "pdf").bytes();
    Theme theme = Theme.defaultTheme();
    List<Integer> lines =
        Pdfs.fullLines(
            pdf, theme.style(Role.BODY).size(), theme.page().left(), theme.page().right());
    assertTrue(lines.size() >= 10, size + ": too few full body lines to measure: " + lines);
    double average = lines.stream().mapToInt(Integer::intValue).average().orElse(0);
    System.out.printf(
        "%s: %.1f characters a full body line over %d lines%n", size, average, lines.size());
    assertTrue(
        average >= 65 && average <= 90, size + ": " + average + " characters a line " + lines);
  }
}
