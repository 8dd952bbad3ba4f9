package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code brief --version} names the version in the pom and the commit the build was made from. */
class VersionTest {
  private static final Pattern LINE =
      Pattern.compile("brief (\\S+) \\(commit (unknown|([0-9a-f]{12})(-dirty)?)\\)\n");

  @Test
  void versionLineNamesThePomsVersionAndTheCommitBuiltFrom() throws Exception {
    Run run = Run.of("--version");
    assertEquals(0, run.exit(), run::toString);
    Matcher line = LINE.matcher(run.stdout());
    assertTrue(line.matches(), run::toString);
    assertEquals(pomVersion(), line.group(1), run::toString);
    String head = gitHead();
    if (head != null) {
      // Built in this checkout (the tests run on the classes the same build made).
      assertTrue(line.group(3) != null && head.startsWith(line.group(3)), run + " HEAD " + head);
    }
  }

  private static String pomVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    Matcher version =
        Pattern.compile("<artifactId>brief</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertTrue(version.find(), "no version in pom.xml");
    return version.group(1);
  }

  /** HEAD's full hash, or null outside a git checkout or without git. */
  private static String gitHead() throws InterruptedException {
    try {
      Process git =
          new ProcessBuilder("git", "rev-parse", "HEAD")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
        return null;
      }
      return out.strip();
    } catch (IOException noGit) {
      return null;
    }
  }
}
