package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  static final String EXAMPLE = "briefs/us-nato-redistribution.yaml";

  @TempDir Path tmp;

  @Test
  void helpListsCommandsAndExitCodes() {
    Run run = Run.of("--help");
    assertEquals(0, run.exit(), run::toString);
    for (String word :
        new String[] {"validate", "render", "new", "schema", "templates", "Exit codes:", "70"}) {
      assertTrue(run.stdout().contains(word), () -> word + " missing in\n" + run);
    }
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutTrace() {
    Run run = Run.of("validate", "--frobnicate", EXAMPLE);
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.stderr().contains("--frobnicate"), run::toString);
    assertFalse(run.stderr().contains("\tat "), run::toString);
  }

  @Test
  void exampleBriefIsValid() {
    Run run = Run.of("validate", "briefs/");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.stdout().endsWith("checked: 0 invalid, 0 errors, 0 warnings\n"), run::toString);
  }

  @Test
  void missingFileIsAUsageError() {
    Run run = Run.of("validate", "no/such.yaml");
    assertEquals(2, run.exit(), run::toString);
    assertEquals(
        "no/such.yaml:1:1: error: no such file or folder; check the path [missing-file]\n"
            + "1 file checked: 1 invalid, 1 error, 0 warnings\n",
        run.stdout());
    assertEquals("", run.stderr());
  }

  @Test
  void invalidBriefExitsOneWithLocatedDiagnostic() throws Exception {
    Path file =
        write("bad.yaml", Files.readString(Path.of(EXAMPLE)).replace("conclusion:", "conclsion:"));
    Run run = Run.of("validate", file.toString());
    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.stdout().contains(file + ":"), run::toString);
    assertTrue(run.stdout().contains("'conclsion'"), run::toString);
    assertTrue(run.stdout().contains("did you mean 'conclusion'"), run::toString);
    assertTrue(
        run.stdout().endsWith("1 file checked: 1 invalid, 1 error, 0 warnings\n"), run::toString);
  }

  @Test
  void jsonAndGithubFormats() throws Exception {
    Path file =
        write("bad.yaml", Files.readString(Path.of(EXAMPLE)).replace("conclusion:", "conclsion:"));
    Run json = Run.of("validate", "--format", "json", file.toString());
    assertEquals(1, json.exit(), json::toString);
    assertTrue(
        json.stdout()
            .startsWith(
                "{\"version\":1,\"command\":\"validate\",\"strict\":false,\"summary\":{\"files\":1,"
                    + "\"invalid\":1,\"errors\":1,\"warnings\":0},\"files\":[\n  {\"path\":"),
        json::toString);
    assertTrue(json.stdout().contains("\"rule\":\"unknown-field\""), json::toString);
    Run github = Run.of("validate", "--format=github", file.toString());
    assertTrue(github.stdout().startsWith("::error file=" + file + ",line="), github::toString);
  }

  @Test
  void sarifNamesFilesRelativeToTheWorkingFolderAsSrcroot() throws Exception {
    Path outside =
        write("bad.yaml", Files.readString(Path.of(EXAMPLE)).replace("conclusion:", "conclsion:"));
    Run run =
        Run.of(
            "validate",
            "--report",
            "sarif",
            "./src/test/resources/cases/invalid/unknown-source.yaml",
            outside.toString());
    assertEquals(1, run.exit(), run::toString);
    String root = Path.of("").toAbsolutePath().toUri().toString();
    assertTrue(run.stdout().contains("\"%SRCROOT%\": {\"uri\": \"" + root + "\"}"), run::toString);
    assertTrue(
        run.stdout()
            .contains(
                "{\"uri\": \"src/test/resources/cases/invalid/unknown-source.yaml\", \"uriBaseId\":"
                    + " \"%SRCROOT%\"}, \"region\": {\"startLine\": 18, \"startColumn\": 15}"),
        run::toString);
    assertTrue(run.stdout().contains("{\"uri\": \"" + outside.toUri() + "\"}"), run::toString);
    assertTrue(run.stdout().contains("\"version\": \"" + Engine.version()), run::toString);
  }

  @Test
  void strictTurnsWarningsIntoFailure() throws Exception {
    String text = Files.readString(Path.of(EXAMPLE)) + "\n  unused:\n    name: Nobody\n";
    Path file = write("warn.yaml", text);
    assertEquals(0, Run.of("validate", file.toString()).exit());
    Run strict = Run.of("validate", "--strict", file.toString());
    assertEquals(1, strict.exit(), strict::toString);
    assertTrue(strict.stdout().contains("warning:"), strict::toString);
  }

  @Test
  void newWritesAValidStarterAndNeverOverwrites() throws Exception {
    Path file = tmp.resolve("q3.yaml");
    Run run = Run.of("new", file.toString());
    assertEquals(0, run.exit(), run::toString);
    assertTrue(Files.readString(file).startsWith("# yaml-language-server: $schema="));
    // The schema its modeline names, as `brief schema` prints it, beside it.
    Path schema = tmp.resolve("brief.schema.json");
    assertEquals(file + "\n" + schema + "\n", run.stdout());
    assertEquals(Run.of("schema").stdout(), Files.readString(schema));
    try (var files = Files.list(tmp)) {
      assertEquals(2, files.count(), "no temporary files left behind");
    }
    Run valid = Run.of("validate", file.toString());
    assertEquals(0, valid.exit(), valid::toString);
    // Valid, but its sample texts are placeholders until they are replaced.
    assertTrue(
        valid.stdout().endsWith("1 file checked: 0 invalid, 0 errors, 12 warnings\n"),
        valid::toString);
    assertEquals(12, valid.stdout().split("\\[placeholder]", -1).length - 1, valid::toString);
    assertEquals(1, Run.of("validate", "--strict", file.toString()).exit());
    Files.writeString(file, "mine");
    Run again = Run.of("new", file.toString());
    assertEquals(2, again.exit(), again::toString);
    assertEquals("mine", Files.readString(file));
  }

  @Test
  void newWritesAnyNameAskedButWarnsWhenAFolderCheckWouldMissIt() throws Exception {
    Path file = tmp.resolve("x.txt");
    Run run = Run.of("new", file.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals(file + "\n" + tmp.resolve("brief.schema.json") + "\n", run.stdout());
    assertEquals(
        "brief: " + file + " does not end in .yaml or .yml, so a folder's check will not find it\n",
        run.stderr());
    assertEquals(Resources.text(NewCommand.STARTER), Files.readString(file));
    assertEquals("", Run.of("new", tmp.resolve("q5.yml").toString()).stderr());
  }

  @Test
  void newLeavesASchemaThatIsThereAlone() throws Exception {
    Path schema = Files.writeString(tmp.resolve("brief.schema.json"), "mine");
    Path file = tmp.resolve("q4.yaml");
    Run run = Run.of("new", file.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals(file + "\n", run.stdout());
    assertEquals("mine", Files.readString(schema));
  }

  @Test
  void schemaIsPrinted() {
    Run run = Run.of("schema");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.stdout().contains("https://json-schema.org/draft/2020-12/schema"), run::toString);
  }

  @Test
  void renderWritesPdfBesideInputAndPrintsPath() throws Exception {
    Path input = Files.copy(Path.of(EXAMPLE), tmp.resolve("memo.yaml"));
    Run run = Run.of("render", input.toString());
    assertEquals(0, run.exit(), run::toString);
    Path pdf = tmp.resolve("memo.pdf");
    assertEquals(pdf + "\n", run.stdout());
    assertTrue(new String(Files.readAllBytes(pdf), 0, 5).equals("%PDF-"));
    try (var files = Files.list(tmp)) {
      assertEquals(2, files.count(), "no temporary files left behind");
    }
  }

  @Test
  void renderIsReproducibleAndHonoursSourceDateEpoch() {
    Run one = Run.of("render", "-o", "-", EXAMPLE);
    Run two = Run.of("render", "-o", "-", EXAMPLE);
    assertEquals(0, one.exit(), one::toString);
    assertArrayEquals(one.stdoutBytes(), two.stdoutBytes());
    Run epoch =
        Run.withEnv(Map.of("SOURCE_DATE_EPOCH", "1700000000"), "render", "-o", "-", EXAMPLE);
    assertEquals(0, epoch.exit(), epoch::toString);
    assertTrue(epoch.stdout().contains("D:20231114"), "creation date from SOURCE_DATE_EPOCH");
    Run bad = Run.withEnv(Map.of("SOURCE_DATE_EPOCH", "yesterday"), "render", "-o", "-", EXAMPLE);
    assertEquals(2, bad.exit(), bad::toString);
  }

  @Test
  void sourceDateEpochOutsideTheYearsAPdfDateHoldsIsAUsageError() {
    for (String value : new String[] {"253402300800", "-62135596801", "9223372036854775807"}) {
      Run run = Run.withEnv(Map.of("SOURCE_DATE_EPOCH", value), "render", "-o", "-", EXAMPLE);
      assertEquals(2, run.exit(), run::toString);
      assertEquals(
          "brief: SOURCE_DATE_EPOCH is '"
              + value
              + "', outside the years 1 to 9999 a PDF date can hold; give seconds from"
              + " -62135596800 to 253402300799\n",
          run.stderr());
      assertEquals("", run.stdout());
    }
    Run last =
        Run.withEnv(Map.of("SOURCE_DATE_EPOCH", "253402300799"), "render", "-o", "-", EXAMPLE);
    assertEquals(0, last.exit(), last::toString);
    assertTrue(last.stdout().contains("D:99991231235959"), "the last second a PDF date holds");
    // In the proleptic Gregorian calendar of the brief's dates, not the Julian one before 1582.
    Run first =
        Run.withEnv(Map.of("SOURCE_DATE_EPOCH", "-62135596800"), "render", "-o", "-", EXAMPLE);
    assertEquals(0, first.exit(), first::toString);
    assertTrue(first.stdout().contains("D:00010101000000Z"), "the first second a PDF date holds");
  }

  @Test
  void theOutputFilesNameGivesItsFormatUnlessFSaysOtherwise() throws Exception {
    Path md = tmp.resolve("memo.md");
    assertEquals(0, Run.of("render", "-o", md.toString(), EXAMPLE).exit());
    assertTrue(Files.readString(md).startsWith("# US position"), "Markdown in memo.md");
    Path html = tmp.resolve("memo.HTML");
    assertEquals(0, Run.of("render", "-o", html.toString(), EXAMPLE).exit());
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"), "HTML in memo.HTML");
    Path other = tmp.resolve("memo.out");
    assertEquals(0, Run.of("render", "-o", other.toString(), EXAMPLE).exit());
    assertTrue(
        Files.readString(other, StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "the default");
    Path pdf = tmp.resolve("memo.pdf");
    Run mismatch = Run.of("render", "-f", "md", "-o", pdf.toString(), EXAMPLE);
    assertEquals(2, mismatch.exit(), mismatch::toString);
    assertEquals(
        "brief: -o "
            + pdf
            + " is named as pdf, but -f asks for md; name the file .md, or leave out -f\n",
        mismatch.stderr());
    assertFalse(Files.exists(pdf));
  }

  @Test
  void renderMarkdownToStdout() {
    Run run = Run.of("render", "-f", "md", "-o", "-", EXAMPLE);
    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.stdout().startsWith("# US position: not a withdrawal, but a redistribution\n"),
        run::toString);
  }

  @Test
  void invalidBriefIsReportedAndNothingWritten() throws Exception {
    Path file =
        write("bad.yaml", Files.readString(Path.of(EXAMPLE)).replace("conclusion:", "conclsion:"));
    Run run = Run.of("render", file.toString());
    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.stderr().contains(file + ":"), run::toString);
    assertEquals("", run.stdout());
    assertFalse(Files.exists(tmp.resolve("bad.pdf")));
  }

  @Test
  void renderRefusesToOverwriteAnInput() throws Exception {
    Path input = Files.copy(Path.of(EXAMPLE), tmp.resolve("memo.yaml"));
    byte[] before = Files.readAllBytes(input);
    Run run = Run.of("render", "-f", "md", "-o", input.toString(), input.toString());
    assertEquals(2, run.exit(), run::toString);
    assertArrayEquals(before, Files.readAllBytes(input));
  }

  @Test
  void oversizedFileIsRefusedQuickly() throws Exception {
    Path big = tmp.resolve("big.yaml");
    byte[] line =
        "x: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
            .getBytes();
    try (var out = Files.newOutputStream(big)) {
      for (int i = 0; i < 50 * 1024 * 1024 / line.length; i++) {
        out.write(line);
      }
    }
    long start = System.nanoTime();
    Run run = Run.of("validate", big.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.stdout().contains("[too-large]"), run::toString);
    assertTrue(millis < 2000, "took " + millis + " ms");
  }

  @Test
  void characterNoFontHasIsAWarningWithItsPlace() throws Exception {
    Path file = exampleWith("rocket.yaml", "\uD83D\uDE80");
    Run run =
        Run.of("render", "-f", "pdf", "--out-dir", tmp.resolve("out").toString(), file.toString());
    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.stderr()
            .matches(
                "(?s)"
                    + java.util.regex.Pattern.quote(file.toString())
                    + ":5\\d:5: warning: no font has character U\\+1F680 .*\\[missing-glyph\\]\n"),
        run::toString);
    Run strict =
        Run.of(
            "render", "--strict", "--out-dir", tmp.resolve("strict").toString(), file.toString());
    assertEquals(1, strict.exit(), strict::toString);
    assertFalse(Files.exists(tmp.resolve("strict/rocket.pdf")));
  }

  @Test
  void aFallbackFontFileNamedByThemeDrawsWhatNoBuiltInFontHas() throws Exception {
    Path brief = exampleWith("check.yaml", "\u2713");
    Path themes = Files.createDirectories(tmp.resolve("themes/fonts"));
    // A font only this theme names: the bundled DejaVu Sans, copied under another name.
    Files.copy(Path.of("templates/fonts/DejaVuSans.ttf"), themes.resolve("extra.ttf"));
    Path none = write("themes/none.yaml", "fallback: []\n");
    Path extra = write("themes/extra.yaml", "fallback: [fonts/extra.ttf]\n");
    Run without = Run.of("render", "-o", "-", "--theme", none.toString(), brief.toString());
    assertTrue(without.stderr().contains("U+2713"), without::toString);
    Run with = Run.of("render", "-o", "-", "--theme", extra.toString(), brief.toString());
    assertEquals(0, with.exit(), with::toString);
    assertEquals("", with.stderr(), with::toString);
  }

  @Test
  void aFallbackFontFileThatIsMissingOrNotAFontIsAThemeErrorAtItsPlace() throws Exception {
    write("themes/bad.ttf", "not a font\n");
    Path theme = write("themes/t.yaml", "fallback: [DejaVu Sans, nope/missing.ttf, bad.ttf]\n");
    Run run = Run.of("render", "-o", "-", "--theme", theme.toString(), EXAMPLE);
    assertEquals(1, run.exit(), run::toString);
    assertEquals(
        theme
            + ":1:25: error: font file 'nope/missing.ttf' not found (a relative path starts at the"
            + " theme's folder) [theme]\n",
        run.stderr().lines().findFirst().orElse("") + "\n",
        run::toString);
    assertTrue(
        run.stderr().contains(theme + ":1:43: error: font file 'bad.ttf' is not a TrueType"),
        run::toString);
    assertFalse(run.stderr().contains("Exception"), run::toString);
  }

  @Test
  void exportedTemplateAndThemeRenderLikeTheBuiltIns() throws Exception {
    Path dir = tmp.resolve("tpl");
    Run export = Run.of("templates", "export", dir.toString());
    assertEquals(0, export.exit(), export::toString);
    assertTrue(Files.exists(dir.resolve("memo.md.mustache")));
    assertTrue(Files.exists(dir.resolve("theme.yaml")));
    Run builtIn = Run.of("render", "-f", "md", "-o", "-", EXAMPLE);
    Path template = dir.resolve("memo.md.mustache");
    Run custom =
        Run.of("render", "-f", "md", "-o", "-", "--template", template.toString(), EXAMPLE);
    assertEquals(0, custom.exit(), custom::toString);
    assertEquals(builtIn.stdout(), custom.stdout());
    Files.writeString(
        template, Files.readString(template).replace("# {{title}}", "# Memo: {{title}}"));
    Run changed =
        Run.of("render", "-f", "md", "-o", "-", "--template", template.toString(), EXAMPLE);
    assertTrue(changed.stdout().startsWith("# Memo: US position"), changed::toString);
    Run themed =
        Run.of("render", "-o", "-", "--theme", dir.resolve("theme.yaml").toString(), EXAMPLE);
    assertEquals(0, themed.exit(), themed::toString);
    assertArrayEquals(Run.of("render", "-o", "-", EXAMPLE).stdoutBytes(), themed.stdoutBytes());
  }

  @Test
  void brokenTemplateNamesItsFileAndLine() throws Exception {
    Path template = write("memo.md.mustache", "# {{title}}\n\n{{#facts}}\n{{text}}\n");
    Run run = Run.of("render", "-f", "md", "--template", template.toString(), EXAMPLE);
    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.stderr().contains("memo.md.mustache:"), run::toString);
    assertTrue(run.stderr().contains("[template-error]"), run::toString);
  }

  @Test
  void folderRendersEveryBriefIntoOutDir() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    Files.copy(Path.of(EXAMPLE), in.resolve("a.yaml"));
    Files.copy(Path.of(EXAMPLE), in.resolve("b.yml"));
    Path out = tmp.resolve("out");
    Run run =
        Run.of("render", "-f", "html", "--out-dir", out.toString(), tmp.resolve("in").toString());
    assertEquals(0, run.exit(), run::toString);
    Path sub = out.resolve("sub");
    assertEquals(sub.resolve("a.html") + "\n" + sub.resolve("b.html") + "\n", run.stdout());
    assertTrue(Files.readString(sub.resolve("a.html")).contains("<h1 dir=\"auto\">US position"));
    assertEquals(
        Files.getPosixFilePermissions(in.resolve("a.yaml"))
            .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
        Files.getPosixFilePermissions(sub.resolve("a.html"))
            .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
        "outputs get the usual permissions, not owner-only");
  }

  @Test
  void oneOutputFileForManyBriefsIsAUsageError() {
    Run run =
        Run.of(
            "render",
            "-o",
            tmp.resolve("x.pdf").toString(),
            EXAMPLE,
            "src/test/resources/cases/valid");
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.stderr().startsWith("brief: -o takes one brief"), run::toString);
  }

  @Test
  void aFileNamedTwiceIsCheckedOnce() {
    Run run = Run.of("validate", "briefs", "briefs/", EXAMPLE);
    assertEquals(0, run.exit(), run::toString);
    assertEquals("1 file checked: 0 invalid, 0 errors, 0 warnings\n", run.stdout());
  }

  @Test
  void outDirThatIsAFileIsAnOutputError() throws Exception {
    Path file = write("not-a-folder", "x");
    Run run = Run.of("render", "--out-dir", file.toString(), EXAMPLE);
    assertEquals(3, run.exit(), run::toString);
    assertEquals(
        "brief: "
            + file.resolve("us-nato-redistribution.pdf")
            + ": cannot write: "
            + file
            + " is not a folder\n"
            + "brief: 1 of 1 brief not rendered\n",
        run.stderr());
  }

  @Test
  void anOutputThatCannotBeWrittenStopsOnlyItsBrief() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("one"));
    Files.createDirectories(in.resolve("two"));
    Files.copy(Path.of(EXAMPLE), in.resolve("one/x.yaml"));
    Files.copy(Path.of(EXAMPLE), in.resolve("two/y.yaml"));
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("one"), "a file where the first brief's folder would be");
    Run run =
        Run.of(
            "render", "-f", "md", "--report", "json", "--out-dir", out.toString(), in.toString());
    assertEquals(3, run.exit(), run::toString);
    assertTrue(Files.readString(out.resolve("two/y.md")).startsWith("# US position"));
    assertTrue(run.stderr().contains("one/x.md: cannot write: "), run::toString);
    assertTrue(run.stderr().contains("brief: 1 of 2 briefs not rendered"), run::toString);
    // The report has both, the first not written and why.
    assertTrue(run.stdout().contains("\"written\":1"), run.stdout());
    assertTrue(
        run.stdout().contains("\"notWritten\":" + "\"" + out.resolve("one/x.md")), run.stdout());
  }

  @Test
  void twoBriefsWithOneNameNeverOverwriteEachOtherInOutDir() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.copy(Path.of(EXAMPLE), a.resolve("x.yaml"));
    Files.writeString(
        b.resolve("x.yaml"),
        Files.readString(Path.of(EXAMPLE)).replace("title: \"US position", "title: \"Other"));
    Path out = tmp.resolve("out");
    Run run = Run.of("render", "-f", "md", "--out-dir", out.toString(), a.toString(), b.toString());
    assertEquals(3, run.exit(), run::toString);
    assertTrue(Files.readString(out.resolve("x.md")).startsWith("# US position"));
    assertTrue(run.stderr().contains("already written for " + a.resolve("x.yaml")), run::toString);
  }

  @Test
  void anInvalidBriefTakesNoOutputFromALaterOneOfItsName() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.writeString(
        a.resolve("x.yaml"), Files.readString(Path.of(EXAMPLE)).replace("conclusion:", "concl:"));
    Files.copy(Path.of(EXAMPLE), b.resolve("x.yaml"));
    Path out = tmp.resolve("out");
    Run run = Run.of("render", "-f", "md", "--out-dir", out.toString(), a.toString(), b.toString());
    assertEquals(1, run.exit(), run::toString); // the first is invalid; the second is written
    assertTrue(Files.readString(out.resolve("x.md")).startsWith("# US position"), run::toString);
    assertFalse(run.stderr().contains("already written"), run::toString);
    assertTrue(run.stderr().contains("brief: 1 of 2 briefs not rendered"), run::toString);
  }

  @Test
  void aBriefNotWrittenForAnotherBriefsOutputSaysWhyInEveryDocumentReport() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.copy(Path.of(EXAMPLE), a.resolve("x.yaml"));
    Files.copy(Path.of(EXAMPLE), b.resolve("x.yaml"));
    String out = tmp.resolve("out").toString();
    String[] briefs = {a.toString(), b.toString()};
    String why = "already written for " + a.resolve("x.yaml") + " in this run";

    Run json =
        Run.of("render", "-f", "md", "--report", "json", "--out-dir", out, briefs[0], briefs[1]);
    assertEquals(3, json.exit(), json::toString);
    String second =
        json.stdout()
            .lines()
            .filter(l -> l.contains(b.resolve("x.yaml") + "\","))
            .findFirst()
            .orElseThrow();
    assertTrue(second.contains("\"valid\":true,\"output\":null,\"notWritten\":"), second);
    assertTrue(second.contains(why), second);

    Run sarif =
        Run.of("render", "-f", "md", "--report", "sarif", "--out-dir", out, briefs[0], briefs[1]);
    assertEquals(3, sarif.exit(), sarif::toString);
    assertTrue(
        sarif.stdout().contains("\"executionSuccessful\": false, \"toolExecutionNotifications\""),
        sarif.stdout());
    assertTrue(sarif.stdout().contains(why), sarif.stdout());

    Run junit =
        Run.of("render", "-f", "md", "--report", "junit", "--out-dir", out, briefs[0], briefs[1]);
    assertEquals(3, junit.exit(), junit::toString);
    assertTrue(junit.stdout().contains("failures=\"0\" errors=\"1\""), junit.stdout());
    assertTrue(
        junit.stdout().contains("<error message=\"" + tmp.resolve("out/x.md") + ": " + why),
        junit.stdout());

    // Lines, not a document: github annotates the brief, as it does a brief's problems.
    Run github =
        Run.of("render", "-f", "md", "--report", "github", "--out-dir", out, briefs[0], briefs[1]);
    assertEquals(3, github.exit(), github::toString);
    String annotation =
        "::error file="
            + b.resolve("x.yaml")
                .toString() // escaped as a workflow command's property is (C: on Windows)
                .replace("%", "%25")
                .replace(":", "%3A")
                .replace(",", "%2C")
            + ",title=brief output::"
            + tmp.resolve("out/x.md")
            + ": "
            + why;
    assertTrue(github.stderr().contains(annotation), github::toString);
  }

  @Test
  void characterNoFontHasInATemplateIsAWarningAtItsPlaceThere() throws Exception {
    Path dir = tmp.resolve("tpl");
    assertEquals(0, Run.of("templates", "export", dir.toString()).exit());
    Path template = dir.resolve("memo.md.mustache");
    Files.writeString(
        template, Files.readString(template).replace("# {{title}}", "# \uD83D\uDE80 {{title}}"));
    int line = Files.readAllLines(template).indexOf("# \uD83D\uDE80 {{title}}") + 1;
    Run run = Run.of("render", "--template", template.toString(), "-o", "-", EXAMPLE);
    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.stderr()
            .startsWith(template + ":" + line + ":3: warning: no font has character U+1F680"),
        run::toString);
  }

  @Test
  void aTemplateTagThatNamesNothingIsAWarningWithASuggestion() throws Exception {
    Path dir = tmp.resolve("tpl");
    assertEquals(0, Run.of("templates", "export", dir.toString()).exit());
    Path template = dir.resolve("memo.md.mustache");
    Files.writeString(template, Files.readString(template).replace("# {{title}}", "# {{titel}}"));
    int line = Files.readAllLines(template).indexOf("# {{titel}}") + 1;
    Run run = Run.of("render", "-f", "md", "--template", template.toString(), "-o", "-", EXAMPLE);
    assertEquals(0, run.exit(), run::toString);
    assertEquals(
        template
            + ":"
            + line
            + ":3: warning: 'titel' is not a value brief provides, so it prints nothing (did you"
            + " mean 'title'?) [template-name]\n",
        run.stderr());
    Run strict =
        Run.of("render", "--strict", "-f", "md", "--template", template.toString(), EXAMPLE);
    assertEquals(1, strict.exit(), strict::toString);
  }

  /** Standard output that takes {@code room} bytes, then fails as a full disk or closed pipe. */
  private static java.io.OutputStream failingAfter(int room, String reason) {
    return new java.io.OutputStream() {
      int written;

      @Override
      public void write(int b) throws java.io.IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws java.io.IOException {
        if (written + len > room) {
          throw new java.io.IOException(reason);
        }
        written += len;
      }
    };
  }

  @Test
  void aFailedWriteToStandardOutputIsAnOutputError() throws Exception {
    String message = "brief: cannot write to standard output: no space left on device\n";
    Run stdout =
        Run.withStdout(
            failingAfter(0, "No space left on device"), "render", "-f", "md", "-o", "-", EXAMPLE);
    assertEquals(3, stdout.exit(), stdout::toString);
    assertEquals(message, stdout.stderr());
    Run head = Run.withStdout(failingAfter(100, "Broken pipe"), "render", "-o", "-", EXAMPLE);
    assertEquals(3, head.exit(), head::toString);
    assertEquals("brief: cannot write to standard output: broken pipe\n", head.stderr());
    Run report = Run.withStdout(failingAfter(0, "No space left on device"), "validate", "briefs/");
    assertEquals(3, report.exit(), report::toString);
    assertEquals(message, report.stderr());
    Path out = tmp.resolve("out");
    Run paths =
        Run.withStdout(
            failingAfter(0, "No space left on device"),
            "render",
            "-f",
            "md",
            "--out-dir",
            out.toString(),
            EXAMPLE);
    assertEquals(3, paths.exit(), paths::toString);
    assertEquals(message, paths.stderr());
    Run help = Run.withStdout(failingAfter(0, "No space left on device"), "--help");
    assertEquals(3, help.exit(), help::toString);
    assertEquals(message, help.stderr());
  }

  @Test
  void standardOutputOnAFullDiskIsAnOutputErrorInARealProcess() throws Exception {
    java.io.File full = new java.io.File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full here");
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                javaBin.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "render",
                "-f",
                "md",
                "-o",
                "-",
                EXAMPLE)
            .redirectOutput(full)
            .redirectError(ProcessBuilder.Redirect.PIPE);
    // Run in GitHub Actions, brief would append to the job's real step summary.
    builder.environment().remove("GITHUB_ACTIONS");
    Process process = builder.start();
    String stderr = new String(process.getErrorStream().readAllBytes(), "UTF-8");
    assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(3, process.exitValue(), stderr);
    assertEquals("brief: cannot write to standard output: no space left on device\n", stderr);
  }

  @Test
  void aFolderTheWalkCannotReadIsOneMessageAndTheWalkGoesOn() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("briefs"));
    Path secret = Files.createDirectories(root.resolve("secret"));
    BriefWalk walk = new BriefWalk(root);
    assertEquals(
        java.nio.file.FileVisitResult.CONTINUE,
        walk.visitFileFailed(secret, new java.nio.file.AccessDeniedException(secret.toString())));
    assertEquals(
        java.nio.file.FileVisitResult.CONTINUE,
        walk.visitFileFailed(
            root.resolve(".git"), new java.nio.file.AccessDeniedException(".git")));
    assertEquals(
        List.of(secret + ": cannot read folder: permission denied; skipped"), walk.skipped());
  }

  @Test
  void anUnreadableSubfolderIsSkippedWithOneLineAndTheRestIsChecked() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("briefs"));
    Files.copy(Path.of(EXAMPLE), root.resolve("a.yaml"));
    Path secret = Files.createDirectories(root.resolve("secret"));
    Files.copy(Path.of(EXAMPLE), secret.resolve("b.yaml"));
    Files.setPosixFilePermissions(secret, java.util.Set.of());
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.isReadable(secret), "permissions deny nothing here (running as root)");
      Run run = Run.of("validate", root.toString());
      assertEquals(2, run.exit(), run::toString);
      assertEquals(
          "brief: " + secret + ": cannot read folder: permission denied; skipped\n", run.stderr());
      assertEquals("1 file checked: 0 invalid, 0 errors, 0 warnings\n", run.stdout());
    } finally {
      Files.setPosixFilePermissions(
          secret, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** The example brief with {@code text} at the start of a fact, written as {@code name}. */
  private Path exampleWith(String name, String text) throws Exception {
    String brief =
        Files.readString(Path.of(EXAMPLE))
            .replace("- >-\n    Taken together", "- >-\n    " + text + " Taken together");
    return write(name, brief);
  }

  private Path write(String name, String text) throws Exception {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
