package dev.brief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {
  @Test
  void namesComeInHelpOrderAndEachFindsItsReport() {
    assertEquals(List.of("text", "json", "github", "sarif", "junit"), Reports.names());
    for (String name : Reports.names()) {
      assertEquals(name, Reports.named(name).orElseThrow().name());
    }
  }

  @Test
  void namesMatchIgnoringCaseAndAnUnknownOneFindsNothing() {
    assertEquals("json", Reports.named("JSON").orElseThrow().name());
    assertEquals("github", Reports.named("GitHub").orElseThrow().name());
    assertTrue(Reports.named("xml").isEmpty());
    assertTrue(Reports.named("").isEmpty());
  }

  @Test
  void summaryCountsFailedFilesAndEverySeverity() {
    Diagnostic error = Diagnostic.error("a.yaml", 1, 1, Rule.YAML_SYNTAX, "", "m");
    Diagnostic warning = Diagnostic.warning("b.yaml", 1, 1, Rule.YAML_SYNTAX, "", "m");
    Summary summary =
        Summary.of(
            List.of(
                new FileResult("a.yaml", List.of(error, warning), true),
                new FileResult("b.yaml", List.of(warning), false)));
    assertEquals(new Summary(2, 1, 1, 2), summary);
    assertEquals("2 files checked: 1 invalid, 1 error, 2 warnings", summary.line());
    assertEquals("1 brief", Summary.plural(1, "brief"));
    assertEquals("0 briefs", Summary.plural(0, "brief"));
  }
}
