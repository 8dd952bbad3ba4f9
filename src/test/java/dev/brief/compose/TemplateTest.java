package dev.brief.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compiling templates: built-ins, a user's folder, and every way a template can be broken. */
class TemplateTest {
  @Test
  void builtInIsCompiledOnceAndExportable() throws Exception {
    assertSame(Template.builtIn(), Template.builtIn());
    Map<String, String> sources = Template.builtInSources();
    assertEquals(Template.BUILT_IN_FILES, List.copyOf(sources.keySet()));
    Template copy = Template.compile("memo.md.mustache", sources);
    assertEquals(
        Composer.compose(ComposerTest.brief(), Template.builtIn()),
        Composer.compose(ComposerTest.brief(), copy));
  }

  @Test
  void theBuiltInNamesOnlyValuesTheViewHolds() {
    assertEquals(List.of(), Template.builtIn().warnings());
  }

  @Test
  void tagsThatNameNothingAreWarnedAboutWhereTheyStand() throws Exception {
    Template template =
        Template.compile(
            "memo.md.mustache",
            Map.of(
                "memo.md.mustache",
                "# {{title}}\n\n{{#position.quotes}}{{speker}}{{/position.quotes}}\n"
                    + "{{^labels.conclusoin}}x{{/labels.conclusoin}} {{.}} {{labels.facts}}\n"));
    assertEquals(
        List.of(
            "memo.md.mustache:3:21: warning: 'speker' is not a value brief provides, so it prints"
                + " nothing (did you mean 'speaker'?) [template-name]",
            "memo.md.mustache:4:1: warning: 'labels.conclusoin' is not a value brief provides, so"
                + " it prints nothing (did you mean 'conclusion'?) [template-name]"),
        template.warnings().stream().map(Diagnostic::format).toList());
  }

  @Test
  void partialsResolveBesideTheIncludingFile() throws Exception {
    Template template =
        Template.compile(
            "custom/memo.md.mustache",
            Map.of(
                "custom/memo.md.mustache", "# {{title}}\n\n{{> parts/byline}}\n",
                "custom/parts/byline.mustache", "{{date}} · {{> sign.md}}",
                "custom/parts/sign.md.mustache", "{{subject}}"));
    assertEquals(
        "# Test brief\n\n15\u00A0February 2025 · Ukraine\n",
        Composer.compose(ComposerTest.brief(), template));
  }

  @Test
  void exportedBuiltInReportsTheRightLine() {
    Map<String, String> files = new java.util.HashMap<>(Template.builtInSources());
    String memo = files.get("memo.md.mustache");
    int lines = memo.split("\n", -1).length;
    files.put("memo.md.mustache", memo + "{{#oops}}\n");
    BriefException e =
        assertThrows(BriefException.class, () -> Template.compile("memo.md.mustache", files));
    assertEquals(lines, e.diagnostics().get(0).line(), e.diagnostics().get(0).format());
  }

  @Test
  void unclosedSection() {
    assertError(
        Map.of("memo.md.mustache", "# {{title}}\n\n  {{#facts}}\n{{text}}\n"),
        "memo.md.mustache:3:3: error: section 'facts' is never closed; add '{{/facts}}'"
            + " [template-error]");
  }

  @Test
  void mismatchedClosingTag() {
    assertError(
        Map.of("memo.md.mustache", "{{#facts}}\n{{text}}\n{{/fact}}\n"),
        "memo.md.mustache:3:1: error: '{{/fact}}' does not match the open section 'facts';"
            + " close it with '{{/facts}}' [template-error]");
  }

  @Test
  void strayClosingTag() {
    assertError(
        Map.of("memo.md.mustache", "a\nb {{/facts}}\n"),
        "memo.md.mustache:2:3: error: '{{/facts}}' closes no open section; remove it or open it"
            + " first [template-error]");
  }

  @Test
  void unclosedTag() {
    assertError(
        Map.of("memo.md.mustache", "a\n{{title\n"),
        "memo.md.mustache:2:1: error: a tag is not closed; end it with '}}' [template-error]");
  }

  @Test
  void unescapedValuesAreRefused() {
    assertError(
        Map.of("memo.md.mustache", "# {{{title}}}\n"),
        "memo.md.mustache:1:3: error: 'title' is placed unescaped; write '{{title}}': brief text"
            + " is always escaped as Markdown [template-error]");
    assertError(
        Map.of("memo.md.mustache", "x\n{{& title}}\n"),
        "memo.md.mustache:2:1: error: 'title' is placed unescaped; write '{{title}}': brief text"
            + " is always escaped as Markdown [template-error]");
  }

  @Test
  void partialOutsideTheFolder() {
    String message =
        "error: partial '%s' is outside the template folder; name a file beside the template or"
            + " in a folder below it [template-error]";
    assertError(
        Map.of("memo.md.mustache", "a\n{{> ../secret}}\n", "../secret.mustache", "x"),
        "memo.md.mustache:2:1: " + message.formatted("../secret"));
    assertError(
        Map.of("memo.md.mustache", "{{>/etc/passwd}}\n"),
        "memo.md.mustache:1:1: " + message.formatted("/etc/passwd"));
    assertError(
        Map.of("memo.md.mustache", "{{> a/../../b}}\n"),
        "memo.md.mustache:1:1: " + message.formatted("a/../../b"));
  }

  @Test
  void missingPartial() {
    assertError(
        Map.of("memo.md.mustache", "a\n\n  {{> quote.md}}\n"),
        "memo.md.mustache:3:3: error: partial 'quote.md' not found: there is no file"
            + " 'quote.md.mustache' in the template folder [template-error]");
  }

  @Test
  void errorInsidePartialNamesThePartial() {
    assertError(
        Map.of("memo.md.mustache", "{{> quote.md}}\n", "quote.md.mustache", "x\n{{#a}}\n"),
        "quote.md.mustache:2:1: error: section 'a' is never closed; add '{{/a}}'"
            + " [template-error]");
  }

  @Test
  void partialLoop() {
    assertError(
        Map.of(
            "memo.md.mustache", "{{> a}}\n",
            "a.mustache", "x {{> b}}\n",
            "b.mustache", "\n{{#facts}}{{> a}}{{/facts}}\n"),
        "b.mustache:2:11: error: partial 'a' includes itself (memo.md.mustache -> a.mustache ->"
            + " b.mustache -> a.mustache); remove the loop [template-error]");
  }

  @Test
  void delimiterChangesAndPragmasAreRefused() {
    BriefException e =
        assertThrows(
            BriefException.class,
            () -> Template.compile("m.mustache", Map.of("m.mustache", "{{=<% %>=}}\n<%title%>")));
    assertEquals("m.mustache", e.diagnostics().get(0).file());
    assertError(
        Map.of("memo.md.mustache", "{{%IMPLICIT-ITERATOR}}\n"),
        "memo.md.mustache:1:1: error: pragma 'IMPLICIT-ITERATOR' is not supported; remove it"
            + " [template-error]");
  }

  @Test
  void missingMainFile() {
    assertError(
        Map.of("other.mustache", "x"),
        "memo.md.mustache:1:1: error: template file not found [template-error]");
  }

  @Test
  void sectionsNestedThousandsDeepStopAtTheLimitNotTheStack() {
    String deep = "{{#title}}".repeat(2000) + "x" + "{{/title}}".repeat(2000);
    assertError(
        Map.of("memo.md.mustache", "# {{title}}\n" + deep),
        "memo.md.mustache:2:1001: error: '{{#title}}' nests sections and partials 101 deep, over"
            + " the limit of 100; a memo template needs a few levels, so flatten it"
            + " [template-error]");
  }

  @Test
  void aChainOfThousandsOfPartialsStopsAtTheLimitNotTheStack() {
    Map<String, String> files = new java.util.HashMap<>();
    files.put("memo.md.mustache", "{{> p0}}");
    for (int i = 0; i < 2000; i++) {
      files.put("p" + i + ".mustache", "{{title}}\n{{> p" + (i + 1) + "}}");
    }
    assertError(
        files,
        "p99.mustache:2:1: error: '{{> p100}}' nests sections and partials 101 deep, over the"
            + " limit of 100; a memo template needs a few levels, so flatten it [template-error]");
  }

  @Test
  void partialsThatFanOutStopAtTheOutputCap() throws Exception {
    Map<String, String> files = new java.util.HashMap<>();
    files.put("memo.md.mustache", "{{> p0}}");
    for (int i = 0; i < 6; i++) {
      files.put("p" + i + ".mustache", ("{{> p" + (i + 1) + "}}\n").repeat(16));
    }
    files.put("p6.mustache", "{{title}}\n");
    Template template = Template.compile("memo.md.mustache", files);
    long start = System.nanoTime();
    BriefException e =
        assertThrows(BriefException.class, () -> Composer.compose(ComposerTest.brief(), template));
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped early");
    assertEquals(
        List.of(
            "p6.mustache:1:1: error: the template makes more than 4194304 characters (4 MiB) of"
                + " Markdown for this brief; a memo is a few pages, so check the sections and"
                + " partials that repeat around here [template-error]"),
        e.diagnostics().stream().map(Diagnostic::format).toList());
  }

  @Test
  void crOnlyLineEndingsCountAsLines() {
    assertError(
        Map.of("memo.md.mustache", "# {{title}}\r\r{{/facts}}\r"),
        "memo.md.mustache:3:1: error: '{{/facts}}' closes no open section; remove it or open it"
            + " first [template-error]");
    assertError(
        Map.of("memo.md.mustache", "a\r\nb\rc\n{{#facts}}\r"),
        "memo.md.mustache:4:1: error: section 'facts' is never closed; add '{{/facts}}'"
            + " [template-error]");
  }

  @Test
  void aRefusedFileIsReportedOnlyWhenUsed() throws Exception {
    Map<String, String> refused =
        Map.of("big.mustache", "is 2000000 bytes, over the limit", "bad.mustache", "is not UTF-8");
    Template.compile("memo.md.mustache", Map.of("memo.md.mustache", "{{title}}"), refused);
    BriefException e =
        assertThrows(
            BriefException.class,
            () ->
                Template.compile(
                    "memo.md.mustache", Map.of("memo.md.mustache", "x\n  {{> big}}"), refused));
    assertEquals(
        "memo.md.mustache:2:3: error: partial 'big' cannot be used: 'big.mustache' is 2000000"
            + " bytes, over the limit [template-error]",
        e.diagnostics().get(0).format());
    e =
        assertThrows(
            BriefException.class, () -> Template.compile("bad.mustache", Map.of(), refused));
    assertEquals(
        "bad.mustache:1:1: error: template file is not UTF-8 [template-error]",
        e.diagnostics().get(0).format());
  }

  @Test
  void aPartialBelowTheFolderWalkIsSaidToBeTooDeep() {
    assertError(
        Map.of("memo.md.mustache", "{{> a/b/c/quote}}"),
        "memo.md.mustache:1:1: error: partial 'a/b/c/quote' is 3 folders below the template's"
            + " folder, deeper than brief looks (at most 2); move 'a/b/c/quote.mustache' up"
            + " [template-error]");
  }

  private static void assertError(Map<String, String> files, String expected) {
    BriefException e =
        assertThrows(BriefException.class, () -> Template.compile("memo.md.mustache", files));
    List<Diagnostic> diagnostics = e.diagnostics();
    assertEquals(1, diagnostics.size());
    assertEquals(expected, diagnostics.get(0).format());
    assertTrue(diagnostics.get(0).isError());
  }
}
