package dev.brief.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.compose.Composer;
import dev.brief.compose.Template;
import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.NotShown;
import dev.brief.diagnostic.ProblemCap;
import dev.brief.diagnostic.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine as another JVM program would use it: bytes in, bytes and diagnostics out. */
class EngineTest {
  private static final byte[] EXAMPLE = read("briefs/us-nato-redistribution.yaml");
  private static final Instant AT = Instant.parse("2025-02-15T00:00:00Z");

  @Test
  void aValidBriefIsBoundAndRendersInEveryFormat() throws Exception {
    Engine engine = Engine.builder().timestamp(AT).build();
    Checked checked = engine.check("nato.yaml", EXAMPLE);
    assertEquals(List.of(), checked.diagnostics());
    assertTrue(checked.brief().orElseThrow().title().startsWith("US position"));
    assertEquals(List.of("pdf", "md", "html"), Engine.formats());
    String md = text(engine.render(checked, "md").bytes());
    assertTrue(md.startsWith("# US position"), md);
    assertTrue(
        text(engine.render(checked, "html").bytes()).contains("<p class=\"lede\" dir=\"auto\">"));
    assertTrue(text(engine.render(checked, "pdf").bytes()).startsWith("%PDF-"));
  }

  @Test
  void anInvalidBriefHasItsDiagnosticsAndNoBrief() throws Exception {
    Engine engine = Engine.builder().build();
    byte[] bad = "title: [unclosed\n".getBytes(StandardCharsets.UTF_8);
    Checked checked = engine.check("bad.yaml", bad);
    assertTrue(checked.brief().isEmpty());
    assertEquals(Rule.YAML_SYNTAX, checked.diagnostics().get(0).rule());
    assertEquals("bad.yaml", checked.diagnostics().get(0).file());
    assertThrows(IllegalArgumentException.class, () -> engine.render(checked, "pdf"));
    BriefException e =
        assertThrows(BriefException.class, () -> engine.render("bad.yaml", bad, "pdf"));
    assertEquals(checked.diagnostics(), e.diagnostics());
  }

  @Test
  void theThemeSwitchLeavesTextAsTyped() throws Exception {
    String typeset = text(Engine.builder().build().render("nato.yaml", EXAMPLE, "md").bytes());
    assertTrue(typeset.contains("NATO\u2019s system"), typeset);
    assertTrue(typeset.contains("\u00A0[1,\u00A02]"), typeset);
    Engine asTyped = Engine.builder().theme("t.yaml", bytes("smart-punctuation: false\n")).build();
    String md = text(asTyped.render("nato.yaml", EXAMPLE, "md").bytes());
    Checked checked = asTyped.check("nato.yaml", EXAMPLE);
    assertEquals(Composer.compose(checked.brief().orElseThrow(), Template.builtIn()), md);
    assertTrue(md.contains("NATO's system") && md.contains(" [1, 2]"), md);
  }

  @Test
  void anUnknownFormatIsRefused() throws Exception {
    Engine engine = Engine.builder().build();
    Checked checked = engine.check("nato.yaml", EXAMPLE);
    assertThrows(IllegalArgumentException.class, () -> engine.render(checked, "docx"));
  }

  @Test
  void aTemplateAndThemeFromMemory() throws Exception {
    SourceSet template =
        new SourceSet(
            "mine/memo.md.mustache",
            Map.of(
                "mine/memo.md.mustache", bytes("# {{title}}\n\n{{> part.md}}\n"),
                "mine/part.md.mustache", bytes("{{titel}} for {{subject}}\n")));
    Engine engine =
        Engine.builder()
            .template(template)
            .theme("t.yaml", bytes("page:\n  size: Letter\n"))
            .build();
    List<Diagnostic> warnings = shown(engine.warnings());
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals("mine/part.md.mustache", warnings.get(0).file());
    assertEquals(Rule.TEMPLATE_NAME, warnings.get(0).rule());
    String md = text(engine.render("nato.yaml", EXAMPLE, "md").bytes());
    assertEquals("# US position: not a withdrawal, but a redistribution\n\n for Ukraine\n", md);
  }

  @Test
  void theTitleOutsideTheMemoIsPlainTextWithoutItsMarkdown() throws Exception {
    byte[] brief =
        text(EXAMPLE)
            .replaceFirst(
                "(?m)^title: .*$",
                java.util.regex.Matcher.quoteReplacement(
                    "title: 'Europe''s plan: a *bold* move \\* and `code`'"))
            .getBytes(StandardCharsets.UTF_8);
    Engine engine = Engine.builder().build();
    String plain = "Europe\u2019s plan: a bold move * and code";
    String html = text(engine.render("t.yaml", brief, "html").bytes());
    assertTrue(html.contains("<title>" + plain + "</title>"), html);
    try (var pdf =
        org.apache.pdfbox.Loader.loadPDF(engine.render("t.yaml", brief, "pdf").bytes())) {
      assertEquals(plain, pdf.getDocumentInformation().getTitle());
      String page = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      assertTrue(page.contains(plain), "the running header: " + page);
      assertTrue(!page.contains("*bold*"), page);
    }
    // The memo itself still sets it: emphasis in the heading.
    assertTrue(html.contains("<em>bold</em>"), html);
  }

  @Test
  void aTemplateOfManyUnknownNamesGivesAHundredWarningsAndOneThatCountsTheRest() throws Exception {
    String tags = "{{nope}}\n".repeat(250);
    SourceSet template =
        new SourceSet(
            "memo.md.mustache",
            Map.of(
                "memo.md.mustache", bytes("# {{title}}\n" + tags + "{{> part.md}}\n"),
                "part.md.mustache", bytes("{{titel}}\n")));
    List<ProblemCap.Capped> files = Engine.builder().template(template).build().warnings();
    assertEquals(2, files.size());
    assertEquals(new NotShown(0, 150), files.get(0).notShown(), "counted, not shown");
    assertEquals(NotShown.NONE, files.get(1).notShown());
    List<Diagnostic> warnings = shown(files);
    assertEquals(102, warnings.size());
    Diagnostic count = warnings.get(100);
    assertEquals(Rule.TOO_MANY_PROBLEMS, count.rule());
    assertEquals("memo.md.mustache", count.file());
    assertEquals(102, count.line());
    assertTrue(count.message().startsWith("and 150 more problems"), count.message());
    assertTrue(count.message().endsWith("check that this is a template"), count.message());
    assertEquals("part.md.mustache", warnings.get(101).file());
  }

  @Test
  void aBrokenThemeIsOneExceptionWithItsPlace() {
    BriefException e =
        assertThrows(
            BriefException.class,
            () -> Engine.builder().theme("t.yaml", bytes("page:\n  size: A3\n")).build());
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(
        "t.yaml:2:9: error: unknown page size 'A3' (use 'A4' or 'Letter') [theme]", d.format());
  }

  @Test
  void oneEngineOnManyThreadsGivesTheSameBytes() throws Exception {
    Engine engine = Engine.builder().timestamp(AT).build();
    byte[] once = engine.render("nato.yaml", EXAMPLE, "pdf").bytes();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> engine.render("nato.yaml", EXAMPLE, "pdf").bytes()));
      }
      for (Future<byte[]> run : runs) {
        assertArrayEquals(once, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] read(String path) {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Diagnostic> shown(List<ProblemCap.Capped> files) {
    return files.stream().flatMap(file -> file.shown().stream()).toList();
  }
}
