package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GitHub Actions run, simulated: the runner's environment variables, a checkout in a temporary
 * folder, and a step summary file that an earlier step has already written to.
 */
class GithubActionsTest {
  @TempDir Path workspace;
  @TempDir Path elsewhere;

  private Path summary;
  private String example;

  @BeforeEach
  void checkout() throws IOException {
    example = Files.readString(Path.of(CliTest.EXAMPLE), StandardCharsets.UTF_8);
    write("briefs/bad.yaml", example.replace("conclusion:", "conclsion:"));
    write("briefs/europe/warn.yaml", example + "\n  unused:\n    name: Nobody\n");
    write("briefs/clean.yaml", example);
    summary = workspace.resolve("runner/step_summary");
    Files.createDirectories(summary.getParent());
    Files.writeString(summary, "earlier step\n");
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_WORKSPACE", workspace.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    return env;
  }

  private Path write(String name, String text) throws IOException {
    Path file = workspace.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private String summary() throws IOException {
    return Files.readString(summary, StandardCharsets.UTF_8);
  }

  @Test
  void annotatesWithPathsRelativeToTheWorkspaceAndAppendsASummary() throws IOException {
    Run run = Run.withEnv(env(), "validate", workspace.resolve("briefs").toString());
    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.stdout().startsWith("::error file=briefs/bad.yaml,line="), run::toString);
    assertTrue(
        run.stdout().contains("::warning file=briefs/europe/warn.yaml,line="), run::toString);
    assertFalse(run.stdout().contains(workspace.toString()), run::toString);
    assertEquals("", run.stderr());
    String text = summary();
    assertTrue(text.startsWith("earlier step\n### brief validate\n\n"), text);
    assertTrue(text.contains("3 files checked: 1 invalid, 1 error, 1 warning\n"), text);
    assertTrue(
        text.contains(
            "| briefs/bad.yaml | 71 | 1 | error | `unknown-field` | unknown field 'conclsion'"),
        text);
    assertTrue(text.contains("| briefs/europe/warn.yaml |"), text);
    assertFalse(text.contains("GitHub shows only"), text);
  }

  @Test
  void moreProblemsThanGithubAnnotatesAreAllListedInTheSummary() throws IOException {
    StringBuilder many = new StringBuilder(example);
    for (int i = 0; i < 12; i++) {
      many.append("typo").append(i).append(": x\n");
    }
    Path file = write("briefs/many.yaml", many.toString());
    Run run = Run.withEnv(env(), "validate", file.toString());
    assertEquals(1, run.exit(), run::toString);
    assertEquals(
        12, run.stdout().lines().filter(l -> l.startsWith("::error ")).count(), run::toString);
    String text = summary();
    assertTrue(
        text.contains(
            "GitHub shows only 10 error and 10 warning annotations a step (50 a job), and this run"
                + " has 12 error annotations and 0 warning annotations: the table below lists every"
                + " one."),
        text);
    assertEquals(12, text.lines().filter(l -> l.startsWith("| briefs/many.yaml |")).count(), text);
  }

  @Test
  void underStrictTheWarningsThatFailTheJobAreErrors() throws IOException {
    Run run =
        Run.withEnv(
            env(), "validate", "--strict", workspace.resolve("briefs/europe/warn.yaml").toString());
    assertEquals(1, run.exit(), run::toString);
    assertTrue(
        run.stdout().startsWith("::error file=briefs/europe/warn.yaml,line="), run::toString);
    assertTrue(summary().contains("| warning (fails) | `unused-source` |"), summary());
  }

  @Test
  void aReportAskedForIsKeptAndAFileOutsideTheWorkspaceKeepsItsName() throws IOException {
    Path outside = elsewhere.resolve("outside.yaml");
    Files.writeString(outside, example.replace("conclusion:", "conclsion:"));
    Run run =
        Run.withEnv(
            env(),
            "validate",
            "--report",
            "text",
            workspace.resolve("briefs/bad.yaml").toString(),
            outside.toString());
    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.stdout().startsWith("briefs/bad.yaml:71:1: error: "), run::toString);
    assertTrue(run.stdout().contains("\n" + outside + ":71:1: error: "), run::toString);
    assertTrue(summary().contains("2 files checked: 2 invalid, 2 errors, 0 warnings"), summary());
  }

  @Test
  void renderAnnotatesItsDiagnosticsAndSummarizesWhatItWrote() throws IOException {
    Path out = elsewhere.resolve("out");
    Run run =
        Run.withEnv(
            env(),
            "render",
            "-f",
            "md",
            "--out-dir",
            out.toString(),
            workspace.resolve("briefs").toString());
    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.stderr().contains("::error file=briefs/bad.yaml,line=71,"), run::toString);
    assertTrue(run.stderr().contains("::warning file=briefs/europe/warn.yaml,"), run::toString);
    assertTrue(Files.exists(out.resolve("europe/warn.md")), run::toString);
    assertTrue(
        summary().contains("3 files checked: 1 invalid, 1 error, 1 warning; 2 written"), summary());
  }

  @Test
  void withoutGithubActionsNothingChanges() throws IOException {
    Map<String, String> env = env();
    env.put("GITHUB_ACTIONS", "false");
    Path bad = workspace.resolve("briefs/bad.yaml");
    Run run = Run.withEnv(env, "validate", bad.toString());
    assertTrue(run.stdout().startsWith(bad + ":71:1: error: "), run::toString);
    assertEquals("earlier step\n", summary());
  }

  @Test
  void aSummaryThatCannotBeWrittenIsAnOutputError() throws IOException {
    Map<String, String> env = env();
    env.put("GITHUB_STEP_SUMMARY", elsewhere.resolve("no/such/folder/summary").toString());
    Run run = Run.withEnv(env, "validate", workspace.resolve("briefs/clean.yaml").toString());
    assertEquals(3, run.exit(), run::toString);
    assertTrue(
        run.stderr().startsWith("brief: " + elsewhere.resolve("no/such/folder/summary")),
        run::toString);
    assertTrue(run.stdout().endsWith("1 file checked: 0 invalid, 0 errors, 0 warnings\n"));
  }
}
