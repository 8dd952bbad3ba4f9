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
        "# Test brief\n\n15 February 2025 · Ukraine\n",
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

  private static void assertError(Map<String, String> files, String expected) {
    BriefException e =
        assertThrows(BriefException.class, () -> Template.compile("memo.md.mustache", files));
    List<Diagnostic> diagnostics = e.diagnostics();
    assertEquals(1, diagnostics.size());
    assertEquals(expected, diagnostics.get(0).format());
    assertTrue(diagnostics.get(0).isError());
  }
}
