package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./brief} launcher's first build, in a copy of the checkout without target/: a build
 * that cannot reach Maven's repository says so and exits 4; any other failed build exits 70 with
 * Maven's errors. Neither writes to standard output, where {@code render -o -} puts the memo. Maven
 * is kept from the network with MAVEN_ARGS (an empty local repository, offline or through a mirror
 * nobody listens on), so ~/.m2 is never touched. A BRIEF_JAVA_HOME that is no JDK exits 2 before
 * any build.
 */
class LauncherTest {
  @TempDir Path tmp;
  private Path copy;

  @BeforeEach
  void copyTheCheckout() throws IOException {
    copy = tmp.resolve("checkout");
    Checkout.copy(Checkout.BUILD, copy);
  }

  @Test
  void offlineWithNothingDownloadedExitsFourAndSaysSo() throws Exception {
    Result run = launch("-o -Dmaven.repo.local=" + tmp.resolve("repo"));
    assertEquals(4, run.exit, run::toString);
    assertTrue(run.stderr.contains("Maven's repository cannot be reached"), run::toString);
    assertEquals("", run.stdout, run::toString);
  }

  @Test
  void aRepositoryNobodyAnswersExitsFour() throws Exception {
    Path settings = tmp.resolve("settings.xml");
    Files.writeString(
        settings,
        "<settings><mirrors><mirror><id>nowhere</id><mirrorOf>*</mirrorOf>"
            + "<url>http://127.0.0.1:9/</url></mirror></mirrors></settings>\n");
    Result run = launch("-s " + settings + " -Dmaven.repo.local=" + tmp.resolve("repo"));
    assertEquals(4, run.exit, run::toString);
    assertTrue(run.stderr.contains("Maven's repository cannot be reached"), run::toString);
  }

  /** Offline, but with the plugins this build already downloaded: the source is what fails. */
  @Test
  void anyOtherFailedBuildExitsSeventyWithMavensErrors() throws Exception {
    Files.writeString(
        copy.resolve("src/main/java/dev/brief/cli/Broken.java"), "class Broken { int x = ; }\n");
    Result run = launch("-o");
    assertEquals(70, run.exit, run::toString);
    assertTrue(run.stderr.contains("[ERROR]") && run.stderr.contains("Broken.java"), run::toString);
    assertTrue(run.stderr.contains("brief: build failed"), run::toString);
    assertEquals("", run.stdout, run::toString);
  }

  /**
   * A BRIEF_JAVA_HOME that names no JDK is the user's choice gone wrong: no other java is used
   * instead, and it is told before any build (offline, so a build would show up as exit 4).
   */
  @Test
  void aBriefJavaHomeThatIsNoJdkIsAUsageError() throws Exception {
    Path notAJdk = tmp.resolve("nonexistent");
    Result run =
        launch(
            "-o -Dmaven.repo.local=" + tmp.resolve("repo"),
            Map.of("BRIEF_JAVA_HOME", notAJdk.toString()));
    assertEquals(2, run.exit, run::toString);
    assertEquals(
        "brief: BRIEF_JAVA_HOME=" + notAJdk + " is not a JDK (no bin/java or release file)\n",
        run.stderr,
        run::toString);
    assertEquals("", run.stdout, run::toString);
  }

  private record Result(int exit, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
  }

  private Result launch(String mavenArgs) throws Exception {
    return launch(mavenArgs, Map.of());
  }

  private Result launch(String mavenArgs, Map<String, String> extraEnv) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("sh", copy.resolve("brief").toString(), "--version")
            .redirectOutput(tmp.resolve("stdout").toFile())
            .redirectError(tmp.resolve("stderr").toFile());
    Map<String, String> env = builder.environment();
    env.put("MAVEN_ARGS", mavenArgs);
    env.put("TMPDIR", tmp.toString()); // where the launcher leaves Maven's log
    env.remove("BRIEF_JAVA_HOME");
    env.putAll(extraEnv);
    Process process = builder.start();
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the launcher did not finish");
    return new Result(
        process.exitValue(),
        Files.readString(tmp.resolve("stdout"), StandardCharsets.UTF_8),
        Files.readString(tmp.resolve("stderr"), StandardCharsets.UTF_8));
  }
}
