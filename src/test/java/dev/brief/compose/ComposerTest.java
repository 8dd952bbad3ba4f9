package dev.brief.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.model.Brief;
import dev.brief.model.Point;
import dev.brief.model.Quote;
import dev.brief.model.Source;
import dev.brief.model.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Composing hand-built briefs: languages, labels, numbering, and output that never varies. */
class ComposerTest {
  static Brief brief() {
    return brief("en", Map.of());
  }

  static Brief brief(String lang, Map<String, String> labels) {
    return brief(lang, labels, List.of());
  }

  /** The test brief whose position has {@code firstQuotes} before its own quote. */
  static Brief brief(String lang, Map<String, String> labels, List<Quote> firstQuotes) {
    Map<String, Source> sources = new LinkedHashMap<>();
    sources.put(
        "never",
        new Source("never", "Never Cited", Optional.empty(), Optional.empty(), Optional.empty()));
    sources.put(
        "b", new Source("b", "Second", Optional.empty(), Optional.empty(), Optional.empty()));
    sources.put(
        "a",
        new Source(
            "a",
            "First",
            Optional.of("A title"),
            Optional.of("https://example.com/a b_(c)"),
            Optional.of(LocalDate.of(2025, 1, 2))));
    Quote quote =
        new Quote(
            "Quoted words",
            "Ann Speaker",
            Optional.of("Minister"),
            Optional.empty(),
            Optional.of("a"),
            Optional.empty());
    return new Brief(
        "Test brief",
        LocalDate.of(2025, 2, 15),
        "Ukraine",
        Optional.empty(),
        Optional.empty(),
        lang,
        new Statement("Position.", Stream.concat(firstQuotes.stream(), Stream.of(quote)).toList()),
        new Statement("Proposals.", List.of()),
        List.of(new Point("Fact.", List.of("b", "a"))),
        List.of(new Point("Good.", List.of())),
        List.of(new Point("Bad.", List.of("b"))),
        "End.",
        sources,
        labels);
  }

  @Test
  void theBriefsLanguageChoosesLabelsDatesAndMarks() throws Exception {
    String de = Composer.compose(brief("de-AT", Map.of()), Template.builtIn());
    assertTrue(de.contains("\n15.\u00A0Februar 2025\n"), de);
    assertTrue(de.contains("> „Quoted words“\n"), de);
    assertTrue(de.contains("\n## Ukraine: Was das bedeutet\n"), de);
    assertTrue(de.contains("1. First, „A title“, 2.\u00A0Jänner 2025,"), de);
    String fr = Composer.compose(brief("fr", Map.of()), Template.builtIn());
    assertTrue(fr.contains("> «\u202FQuoted words\u202F»\n"), fr);
    assertTrue(fr.contains("\n## Ce qui est proposé\n"), fr);
    // Dutch has no built-in headings: English ones, but Dutch dates and marks.
    String nl = Composer.compose(brief("nl", Map.of()), Template.builtIn());
    assertTrue(nl.contains("\n15\u00A0februari 2025\n"), nl);
    assertTrue(nl.contains("> „Quoted words”\n"), nl);
    assertTrue(nl.contains("\n## What is being proposed\n"), nl);
  }

  /**
   * A quote's lang becomes a comment line before its block quote; a quote without one gets none,
   * and in particular not the memo's own lang, which the template would find one level up.
   */
  @Test
  void aQuoteWithALangIsAnnouncedByACommentLine() throws Exception {
    Quote arabic =
        new Quote(
            "نحن نرحب",
            "Spokesperson",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("ar"));
    Brief brief = brief("en", Map.of(), List.of(arabic));
    String md = Composer.compose(brief, Template.builtIn());
    assertTrue(md.contains("\n\n<!-- lang ar -->\n> “نحن نرحب”\n>\n> — Spokesperson\n"), md);
    assertEquals(1, md.split("<!--", -1).length - 1, md);
  }

  @Test
  void sourcesAreNumberedByFirstCitationAndUncitedComeLast() throws Exception {
    String md = Composer.compose(brief(), Template.builtIn());
    assertTrue(md.contains("— Ann Speaker, Minister [1]\n"), md);
    assertTrue(md.contains("Fact. [1, 2]\n"), md);
    assertTrue(md.contains("**Risks:** Bad. [2]\n"), md);
    assertTrue(
        md.endsWith(
            "1. First, “A title”, 2\u00A0January 2025,"
                + " [https://example.com/a b\\_(c)](https://example.com/a%20b_(c))\n"
                + "2. Second\n"
                + "3. Never Cited\n"),
        md);
  }

  /** The schema takes any URL without spaces; its link must lead there and show it as written. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/a)b",
        "https://example.com/a(b",
        "https://example.com/a)(b",
        "https://example.com/wiki/Foo_(bar)",
        "https://example.com/?q=\"x\"&r=1*2*#f[1]",
        "https://example.com/snake_case/_lead_/x_?a=1&amp;b=2&#9;&",
      })
  void sourceLinksLeadExactlyToTheirUrl(String url) throws Exception {
    String md = Composer.compose(withConclusionAndSource("End.", url), Template.builtIn());
    List<Link> links = Ast.all(Ast.parse(md), Link.class);
    assertEquals(1, links.size(), md);
    assertEquals(url, links.get(0).getDestination(), md);
    assertEquals(url, Ast.text(links.get(0)), md);
  }

  /**
   * Markdown output escapes only what would become markup: an & that does not start an entity
   * reference and an _ inside a word print as typed without a backslash, and still read back as the
   * brief's text.
   */
  @Test
  void markdownEscapesOnlyWhatWouldBecomeMarkup() throws Exception {
    String text = "AT&T & co, snake_case and file_name_here, &amp; and &#169; as typed &";
    String url = "https://example.com/snake_case/page?a=1&b=2";
    String md = Composer.compose(withConclusionAndSource(text, url), Template.builtIn());
    assertFalse(md.matches("(?sm).*\\\\&(?![a-z]+;|#[0-9]+;|$).*"), md);
    assertFalse(md.matches("(?s).*\\p{Alnum}\\\\_\\p{Alnum}.*"), md);
    assertTrue(md.contains("AT&T & co, snake_case and file_name_here, \\&amp; and \\&#169;"), md);
    Node conclusion =
        Ast.children(Ast.parse(md)).stream()
            .filter(n -> Ast.text(n).startsWith("AT&T"))
            .findFirst()
            .orElseThrow();
    assertEquals(text, Ast.text(conclusion), md);
    assertEquals(url, Ast.text(Ast.all(Ast.parse(md), Link.class).get(0)), md);
  }

  private static Brief withConclusionAndSource(String conclusion, String url) {
    Brief base = brief();
    return new Brief(
        base.title(),
        base.date(),
        base.subject(),
        base.author(),
        base.classification(),
        base.lang(),
        base.position(),
        base.proposals(),
        base.facts(),
        base.positives(),
        base.risks(),
        conclusion,
        Map.of(
            "a",
            new Source("a", "A", Optional.empty(), Optional.of(url), Optional.empty()),
            "b",
            new Source("b", "B", Optional.empty(), Optional.empty(), Optional.empty())),
        base.labels());
  }

  @Test
  void ukrainianLabelsAndMarks() throws Exception {
    String md = Composer.compose(brief("uk-UA", Map.of()), Template.builtIn());
    assertTrue(md.contains("\n15\u00A0лютого 2025\u00A0р.\n"), md);
    assertTrue(md.contains("> «Quoted words»\n"), md);
    assertTrue(md.contains("\n## Ukraine: що це означає\n"), md);
    assertTrue(md.contains("\n**Переваги:** Good.\n"), md);
    assertTrue(md.contains("\n## Джерела\n"), md);
  }

  @Test
  void labelsAreOverriddenAndEscaped() throws Exception {
    String md =
        Composer.compose(
            brief("uk", Map.of("implications", "# For {subject}, {subject}", "facts", "<b>F</b>")),
            Template.builtIn());
    List<String> headings = Ast.all(Ast.parse(md), Heading.class).stream().map(Ast::text).toList();
    assertEquals(
        List.of(
            "Test brief",
            "Що пропонується",
            "<b>F</b>",
            "# For Ukraine, Ukraine",
            "Висновок",
            "Джерела"),
        headings);
  }

  @Test
  void outputIsTidy() throws Exception {
    String md = Composer.compose(brief(), Template.builtIn());
    assertTrue(md.endsWith("\n") && !md.endsWith("\n\n"), md);
    assertFalse(md.contains("\n\n\n"), md);
    assertFalse(md.startsWith("\n"), md);
    for (String line : md.split("\n")) {
      assertEquals(line.stripTrailing(), line);
    }
    assertEquals(" a\n\nb\n", Composer.tidy("\n\n a  \n\n\n\nb\t\n\n"));
  }

  @Test
  void sameOutputInAnyLocaleAndTimeZone() throws Exception {
    String expected = Composer.compose(brief("uk", Map.of()), Template.builtIn());
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertEquals(expected, Composer.compose(brief("uk", Map.of()), Template.builtIn()));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void composesConcurrently() throws Exception {
    Brief brief = brief();
    String expected = Composer.compose(brief, Template.builtIn());
    List<String> all =
        IntStream.range(0, 400).parallel().mapToObj(i -> composeUnchecked(brief)).toList();
    all.forEach(md -> assertEquals(expected, md));
  }

  @Test
  void documentStartsWithTheTitle() throws Exception {
    Node first = Ast.parse(Composer.compose(brief(), Template.builtIn())).getFirstChild();
    assertEquals("Test brief", Ast.text(first));
  }

  private static String composeUnchecked(Brief brief) {
    try {
      return Composer.compose(brief, Template.builtIn());
    } catch (dev.brief.diagnostic.BriefException e) {
      throw new AssertionError(e);
    }
  }
}
