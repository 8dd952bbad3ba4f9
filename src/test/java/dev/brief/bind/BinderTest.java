package dev.brief.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.diagnostic.BriefException;
import dev.brief.model.Brief;
import dev.brief.model.Point;
import dev.brief.model.Quote;
import dev.brief.model.Source;
import dev.brief.read.Node;
import dev.brief.read.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BinderTest {
  private static Node read(String yaml) throws BriefException {
    return new YamlReader().read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static final String MINIMAL =
      String.join(
          "\n",
          "title: T",
          "date: 2025-02-15",
          "subject: no",
          "x-team: {owner: desk}",
          "position: {summary: P}",
          "proposals:",
          "  summary: Q",
          "  quotes:",
          "    - {text: Said, speaker: S, role: R, date: 2025-01-02, source: b, lang: ar}",
          "facts: [plain, {text: cited, sources: [b, a]}]",
          "positives: [good]",
          "risks: [bad]",
          "conclusion: >",
          "  Done.",
          "sources:",
          "  b: {name: B, title: BT, url: 'https://b.example/', date: 2025-01-01}",
          "  a: {name: A}",
          "labels: {facts: Key facts}",
          "");

  @Test
  void quotationMarksTypedAroundAQuoteAreDropped() throws Exception {
    String yaml = MINIMAL.replace("{text: Said,", "{text: '\u201CSaid so\u201D',");
    Brief brief = Binder.bind(read(yaml));
    assertEquals("Said so", brief.proposals().quotes().get(0).text());
  }

  @Test
  void bindsEveryField() throws Exception {
    Brief brief = Binder.bind(read(MINIMAL));
    assertEquals("T", brief.title());
    assertEquals(LocalDate.of(2025, 2, 15), brief.date());
    assertEquals("no", brief.subject());
    assertEquals("en", brief.lang());
    assertEquals(Optional.empty(), brief.author());
    assertEquals("P", brief.position().summary());
    assertEquals(List.of(), brief.position().quotes());
    assertEquals(
        List.of(
            new Quote(
                "Said",
                "S",
                Optional.of("R"),
                Optional.of(LocalDate.of(2025, 1, 2)),
                Optional.of("b"),
                Optional.of("ar"))),
        brief.proposals().quotes());
    assertEquals(
        List.of(new Point("plain", List.of()), new Point("cited", List.of("b", "a"))),
        brief.facts());
    assertEquals("Done.", brief.conclusion());
    assertEquals(List.of("b", "a"), List.copyOf(brief.sources().keySet()));
    assertEquals(
        new Source(
            "b",
            "B",
            Optional.of("BT"),
            Optional.of("https://b.example/"),
            Optional.of(LocalDate.of(2025, 1, 1))),
        brief.sources().get("b"));
    assertEquals(
        new Source("a", "A", Optional.empty(), Optional.empty(), Optional.empty()),
        brief.sources().get("a"));
    assertEquals(Map.of("facts", "Key facts"), brief.labels());
  }

  /** The optional fields {@link #bindsEveryField} leaves out, given; and a quote with none. */
  @Test
  void bindsTheOtherOptionalFields() throws Exception {
    Brief brief =
        Binder.bind(
            read(
                MINIMAL
                    .replace("subject: no", "subject: no\nauthor: ' Desk '\nclassification: SECRET")
                    .replace(
                        "position: {summary: P}",
                        "position: {summary: P, quotes: [{text: Q, speaker: S}]}")
                    .replace("title: T", "brief: 1\ntitle: T\nlang: uk-UA")));
    assertEquals(Optional.of("Desk"), brief.author());
    assertEquals(Optional.of("SECRET"), brief.classification());
    assertEquals("uk-UA", brief.lang());
    assertEquals(
        List.of(
            new Quote(
                "Q", "S", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())),
        brief.position().quotes());
  }

  @Test
  void bindsTheExampleBrief() throws Exception {
    Path example = Path.of("briefs/us-nato-redistribution.yaml");
    Brief brief =
        Binder.bind(new YamlReader().read(example.toString(), Files.readAllBytes(example)));
    assertEquals("US position: not a withdrawal, but a redistribution", brief.title());
    assertEquals(LocalDate.of(2025, 2, 15), brief.date());
    assertEquals("Ukraine", brief.subject());
    assertEquals(Optional.of("Policy Analysis Unit"), brief.author());
    assertEquals(Optional.of("INTERNAL"), brief.classification());
    assertEquals("en", brief.lang());
    assertTrue(brief.position().summary().startsWith("What counts in high diplomacy"));
    Quote quote = brief.position().quotes().get(0);
    assertEquals("Marco Rubio", quote.speaker());
    assertEquals(Optional.of("US Senator"), quote.role());
    assertEquals(Optional.of(LocalDate.of(2025, 2, 15)), quote.date());
    assertTrue(quote.text().startsWith("We are not leaving NATO."));
    assertTrue(quote.text().endsWith("it has always been that way"));
    assertEquals(1, brief.proposals().quotes().size());
    assertEquals(3, brief.facts().size());
    assertEquals(List.of("reuters"), brief.facts().get(0).sources());
    assertEquals(List.of("washington-post", "reuters"), brief.facts().get(1).sources());
    assertEquals(List.of(), brief.facts().get(2).sources());
    assertEquals(2, brief.positives().size());
    assertEquals(1, brief.risks().size());
    assertTrue(brief.conclusion().endsWith("persistent diplomacy."));
    assertEquals(List.of("reuters", "washington-post"), List.copyOf(brief.sources().keySet()));
    Source post = brief.sources().get("washington-post");
    assertEquals("The Washington Post", post.name());
    assertEquals(Optional.of("https://www.washingtonpost.com/"), post.url());
    assertEquals(Optional.empty(), post.date());
    assertEquals(Map.of(), brief.labels());
  }

  /** Every valid golden case binds: the binder accepts all that the validator accepts. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void bindsEveryValidCase(Path yaml) throws Exception {
    Brief brief = Binder.bind(new YamlReader().read(yaml.toString(), Files.readAllBytes(yaml)));
    assertTrue(!brief.facts().isEmpty());
  }

  static Stream<Path> validCases() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/cases/valid"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void subjectNoStaysTheWord() throws Exception {
    Path yaml = Path.of("src/test/resources/cases/valid/subject-no.yaml");
    assertEquals(
        "no",
        Binder.bind(new YamlReader().read("subject-no.yaml", Files.readAllBytes(yaml))).subject());
  }

  @Test
  void refusesATreeThatDidNotValidate() throws Exception {
    Node root = read("title: [a, b]\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Binder.bind(root));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }
}
