package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brief-validate hook of .pre-commit-hooks.yaml, through pre-commit itself (.ci/run installs
 * Debian's package): a throwaway repository installs the hook from a copy of this checkout, as a
 * team would from this repository, then one commit of a valid brief passes and one commit of a
 * brief with an error is refused. pre-commit's clone builds the jar once, as for a user.
 */
class PreCommitTest {
  /** What the hook's repository needs: the hook file, the launcher and what the build reads. */
  private static final List<String> HOOK_REPOSITORY =
      Stream.concat(Stream.of(".pre-commit-hooks.yaml"), Checkout.BUILD.stream()).toList();

  @TempDir Path tmp;

  @Test
  void aValidBriefIsCommittedAndABriefWithAnErrorIsRefused() throws Exception {
    assumeTrue(
        run(tmp, "pre-commit", "--version").exit == 0,
        "pre-commit is not installed (.ci/run installs Debian's package): the hook is untested");
    Path hooks = tmp.resolve("hooks");
    Checkout.copy(HOOK_REPOSITORY, hooks);
    git(hooks, "init", "-q");
    git(hooks, "add", ".");
    git(hooks, "commit", "-q", "-m", "hooks");
    String rev = git(hooks, "rev-parse", "HEAD").strip();

    Path project = tmp.resolve("project");
    Files.createDirectories(project.resolve("briefs"));
    git(project, "init", "-q");
    Files.writeString(
        project.resolve(".pre-commit-config.yaml"),
        "repos:\n  - repo: "
            + hooks
            + "\n    rev: "
            + rev
            + "\n    hooks:\n      - id: brief-validate\n");
    Result install = run(project, "pre-commit", "install");
    assertEquals(0, install.exit, install::toString);

    String example = Files.readString(Path.of(CliTest.EXAMPLE), StandardCharsets.UTF_8);
    Files.writeString(project.resolve("briefs/good.yaml"), example);
    git(project, "add", ".");
    Result good = run(project, "git", "commit", "-m", "a valid brief");
    assertEquals(0, good.exit, good::toString);
    assertTrue(
        good.output.contains("brief validate") && good.output.contains("Passed"), good::toString);

    Files.writeString(
        project.resolve("briefs/bad.yaml"), example.replace("conclusion:", "conclsion:"));
    git(project, "add", "briefs/bad.yaml");
    Result bad = run(project, "git", "commit", "-m", "a brief with an error");
    assertNotEquals(0, bad.exit, bad::toString);
    assertTrue(bad.output.contains("Failed"), bad::toString);
    assertTrue(
        bad.output.contains("briefs/bad.yaml:")
            && bad.output.contains("error: unknown field 'conclsion'"),
        bad::toString);
    assertEquals("1\n", git(project, "rev-list", "--count", "HEAD"), "the bad commit was made");
  }

  private record Result(int exit, String output) {
    @Override
    public String toString() {
      return "exit " + exit + "\n" + output;
    }
  }

  private String git(Path dir, String... args) throws Exception {
    String[] command = Stream.concat(Stream.of("git"), Stream.of(args)).toArray(String[]::new);
    Result result = run(dir, command);
    assertEquals(0, result.exit, () -> String.join(" ", command) + ": " + result);
    return result.output;
  }

  /** Runs a command in dir, standard error with standard output; pre-commit's cache in tmp. */
  private Result run(Path dir, String... command) throws Exception {
    Files.createDirectories(dir);
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString());
    env.put("MAVEN_ARGS", "-Dbrief.archive.skip=true"); // the hook's first build: only the jar
    env.put("GIT_AUTHOR_NAME", "brief test");
    env.put("GIT_AUTHOR_EMAIL", "test@example.invalid");
    env.put("GIT_COMMITTER_NAME", "brief test");
    env.put("GIT_COMMITTER_EMAIL", "test@example.invalid");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("TMPDIR", tmp.toString());
    Process process;
    try {
      process = builder.start();
    } catch (IOException notInstalled) {
      return new Result(127, notInstalled.getMessage());
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(600, TimeUnit.SECONDS), String.join(" ", command) + ": hangs");
    return new Result(process.exitValue(), output);
  }
}
