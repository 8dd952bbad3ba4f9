package dev.brief.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private static final Path STARTER = Path.of("templates/new-brief.yaml");

  private static List<Diagnostic> placeholders(String file, byte[] bytes) {
    return ValidateCasesTest.diagnose(file, bytes).stream()
        .filter(d -> d.rule() == Rule.PLACEHOLDER)
        .toList();
  }

  /** Each sample text of the starter is warned about once, where it stands, and nothing else. */
  @Test
  void theStartersEverySampleTextIsAPlaceholder() throws Exception {
    List<Diagnostic> found = placeholders("new.yaml", Files.readAllBytes(STARTER));
    assertEquals(
        new TreeSet<>(
            Set.of(
                "title",
                "position.summary",
                "position.quotes[0].text",
                "position.quotes[0].speaker",
                "position.quotes[0].role",
                "proposals.summary",
                "facts[0].text",
                "positives[0]",
                "risks[0]",
                "conclusion",
                "sources.agency.name",
                "sources.agency.url")),
        new TreeSet<>(found.stream().map(Diagnostic::path).toList()),
        found::toString);
    assertEquals(Placeholders.TEXTS.size(), found.size(), "a sample text the starter lacks");
    Diagnostic title = found.get(0);
    assertEquals("new.yaml:8:8", title.file() + ":" + title.line() + ":" + title.column());
    assertEquals(
        "'title' is still the sample text of 'brief new'; write the brief's own", title.message());
  }

  @Test
  void aWrittenBriefHasNone() throws Exception {
    byte[] example = Files.readAllBytes(Path.of("briefs/us-nato-redistribution.yaml"));
    assertEquals(List.of(), placeholders("example.yaml", example));
  }

  /** Replaced, reworded or only quoted in a longer text, a sample is no longer a placeholder. */
  @Test
  void onlyTheWholeSampleTextCounts() throws Exception {
    String starter = Files.readString(STARTER);
    String edited =
        starter
            .replace("Full Name", "Full  Name") // white space aside: still the sample
            .replace("What improves, and for whom.", "What improves, and for whom?")
            .replace("Their office", "Their office, since 2024");
    List<String> paths =
        placeholders("new.yaml", edited.getBytes()).stream().map(Diagnostic::path).toList();
    assertTrue(paths.contains("position.quotes[0].speaker"), paths::toString);
    assertTrue(
        !paths.contains("positives[0]") && !paths.contains("position.quotes[0].role"),
        paths::toString);
  }
}
