package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What a command line's paths, lists and standard input expand to, run as a user runs them. */
class InputsTest {
  static final Path EXAMPLE = Path.of("briefs/us-nato-redistribution.yaml");
  static final Path UNUSED_SOURCE =
      Path.of("src/test/resources/cases/invalid/unused-source-warning.yaml");

  @TempDir Path tmp;

  private Path brief(String relative) throws IOException {
    Path file = tmp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.copy(EXAMPLE, file);
    return file;
  }

  private static boolean link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  @Test
  @Timeout(20)
  void aLinkedFolderIsWalkedAndALoopIsNotedOnce() throws IOException {
    brief("real/sub/a.yaml");
    assumeTrue(link(tmp.resolve("named"), tmp.resolve("real")), "no symbolic links here");
    assumeTrue(link(tmp.resolve("real/sub/up"), Path.of("..")));
    Files.createDirectories(tmp.resolve("arg"));
    assumeTrue(link(tmp.resolve("arg/inner"), tmp.resolve("real")));

    Run named = Run.of("validate", tmp.resolve("named").toString());
    assertEquals(0, named.exit(), named::toString);
    assertEquals("1 file checked: 0 invalid, 0 errors, 0 warnings\n", named.stdout());
    assertEquals(
        "brief: "
            + tmp.resolve("named/sub/up")
            + ": links back to a folder it is inside; not walked again\n",
        named.stderr());

    Run below = Run.of("validate", tmp.resolve("arg").toString());
    assertEquals(0, below.exit(), below::toString);
    assertEquals("1 file checked: 0 invalid, 0 errors, 0 warnings\n", below.stdout());
  }

  /** A FIFO at {@code path}, made by mkfifo; false where there is none. */
  private static boolean fifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * A link to nothing, a loop of links and a FIFO named like briefs are a line each, never opened
   * (a FIFO would hang the run); the rest is checked, and as not everything was, the run exits 2.
   */
  @Test
  @Timeout(20)
  void briefsNamesThatAreNoFilesAreALineEachAndTheRunExitsTwo() throws IOException {
    Path folder = tmp.resolve("e2");
    brief("e2/a.yaml");
    assumeTrue(link(folder.resolve("dangling.yaml"), Path.of("nothing")), "no symbolic links");
    assumeTrue(link(folder.resolve("loop1.yaml"), Path.of("loop2.yaml")));
    assumeTrue(link(folder.resolve("loop2.yaml"), Path.of("loop1.yaml")));
    assumeTrue(fifo(folder.resolve("x.yaml")), "no mkfifo here");
    assumeTrue(link(folder.resolve("notes.txt"), Path.of("nothing")));
    String lines =
        "brief: "
            + folder.resolve("dangling.yaml")
            + ": a link to nothing; skipped\n"
            + "brief: "
            + folder.resolve("loop1.yaml")
            + ": a link that loops; skipped\n"
            + "brief: "
            + folder.resolve("loop2.yaml")
            + ": a link that loops; skipped\n"
            + "brief: "
            + folder.resolve("x.yaml")
            + ": not a regular file; skipped\n";

    Run run = Run.of("validate", folder.toString());
    assertEquals(2, run.exit(), run::toString);
    assertEquals("1 file checked: 0 invalid, 0 errors, 0 warnings\n", run.stdout());
    assertEquals(lines, run.stderr());

    // With nothing else there, those lines say why nothing was checked.
    Files.delete(folder.resolve("a.yaml"));
    Run only = Run.of("validate", folder.toString());
    assertEquals(2, only.exit(), only::toString);
    assertEquals("0 files checked: 0 invalid, 0 errors, 0 warnings\n", only.stdout());
    assertEquals(lines, only.stderr());
  }

  @Test
  void aBrokenLinkNamedItselfSaysWhatItIs() throws IOException {
    Path loop = tmp.resolve("loop1.yaml");
    Path dangling = tmp.resolve("dangling.yaml");
    assumeTrue(link(loop, Path.of("loop2.yaml")), "no symbolic links here");
    assumeTrue(link(tmp.resolve("loop2.yaml"), Path.of("loop1.yaml")));
    assumeTrue(link(dangling, Path.of("nothing")));
    Run run = Run.of("validate", loop.toString(), dangling.toString());
    assertEquals(2, run.exit(), run::toString);
    assertEquals(
        loop
            + ":1:1: error: a link that loops; check the path [missing-file]\n"
            + dangling
            + ":1:1: error: a link to nothing; check the path [missing-file]\n"
            + "2 files checked: 2 invalid, 2 errors, 0 warnings\n",
        run.stdout());
  }

  @Test
  void oneFileReachedTwiceThroughLinksIsCheckedOnce() throws IOException {
    Path a = brief("real/a.yaml");
    assumeTrue(link(tmp.resolve("again"), tmp.resolve("real")), "no symbolic links here");
    Run run = Run.of("validate", a.toString(), tmp.resolve("again").toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals("1 file checked: 0 invalid, 0 errors, 0 warnings\n", run.stdout());
  }

  /** Zeros for ever, counting how many were read. */
  static final class Endless extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'a');
      read += len;
      return len;
    }
  }

  @Test
  @Timeout(20)
  void standardInputIsRefusedAsSoonAsItPassesTheLimit() {
    Endless endless = new Endless();
    Run run = Run.withStdin(endless, Map.of(), "validate", "-");
    assertEquals(1, run.exit(), run::toString);
    assertEquals(
        "<stdin>:1:1: error: input is more than 1048576 bytes, the limit; a brief should be a few"
            + " kilobytes [too-large]\n"
            + "1 file checked: 1 invalid, 1 error, 0 warnings\n",
        run.stdout());
    assertTrue(endless.read <= (1 << 20) + 1, "read " + endless.read + " bytes");
  }

  @Test
  void standardInputIsOneInputAmongFilesInTheirOrder() throws IOException {
    String bad = Files.readString(EXAMPLE).replace("conclusion:", "conclsion:");
    Run run =
        Run.withStdin(bad, "validate", EXAMPLE.toString(), "-", "--stdin-name", "in.yaml", "-");
    assertEquals(1, run.exit(), run::toString);
    assertEquals(
        "in.yaml:71:1: error: unknown field 'conclsion' (did you mean 'conclusion'?)"
            + " [unknown-field]\n"
            + "2 files checked: 1 invalid, 1 error, 0 warnings\n",
        run.stdout());
  }

  @Test
  void anEmptyListRendersNothingAndSucceeds() {
    Run run = Run.withStdin("\n\r\n", "render", "-f", "md", "--files-from", "-");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.stdout() + run.stderr());
  }

  @Test
  void aListedFolderIsWalkedAndAListedNonBriefIsLeftOut() throws IOException {
    brief("listed/a.yaml");
    Files.writeString(tmp.resolve("notes.txt"), "not a brief");
    String list = tmp.resolve("listed") + "\r\n" + tmp.resolve("notes.txt") + "\n";
    Run run = Run.withStdin(list, "validate", "--files-from", "-");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("1 file checked: 0 invalid, 0 errors, 0 warnings\n", run.stdout());
  }

  @Test
  void validateChecksCharactersAgainstTheFontsOfTheThemeGiven() throws IOException {
    Path brief = tmp.resolve("check.yaml");
    Files.writeString(
        brief, Files.readString(EXAMPLE).replace("subject: Ukraine", "subject: Ukraine \u2713"));
    Path fonts = Files.createDirectories(tmp.resolve("themes/fonts"));
    Files.copy(Path.of("templates/fonts/DejaVuSans.ttf"), fonts.resolve("extra.ttf"));
    Path none = Files.writeString(tmp.resolve("themes/none.yaml"), "fallback: []\n");
    Path extra =
        Files.writeString(tmp.resolve("themes/extra.yaml"), "fallback: [fonts/extra.ttf]\n");
    Run without = Run.of("validate", "--strict", "--theme", none.toString(), brief.toString());
    assertEquals(1, without.exit(), without::toString);
    assertTrue(without.stdout().contains("U+2713"), without::toString);
    assertTrue(without.stdout().contains("[missing-glyph]"), without::toString);
    Run with = Run.of("validate", "--strict", "--theme", extra.toString(), brief.toString());
    assertEquals(0, with.exit(), with::toString);
    Path broken = Files.writeString(tmp.resolve("themes/broken.yaml"), "fallback: [nope.ttf]\n");
    Run bad = Run.of("validate", "--theme", broken.toString(), brief.toString());
    assertEquals(1, bad.exit(), bad::toString);
    assertTrue(bad.stdout().contains("font file 'nope.ttf' not found"), bad::toString);
  }

  @Test
  void theNearestConfigurationUpToTheRepositoryRootIsRead() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("outer/repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path sub = Files.createDirectories(repo.resolve("team/sub"));
    Path a = Files.writeString(sub.resolve("a.yaml"), Files.readString(UNUSED_SOURCE));
    Files.writeString(tmp.resolve("outer/.brief.yaml"), "rules: {unused-source: error}\n");
    // Above the repository's root: not read.
    Run outside = Run.in(sub, "validate", a.toString());
    assertEquals(0, outside.exit(), outside::toString);
    assertTrue(outside.stdout().contains("warning: source 'archive'"), outside::toString);

    Files.writeString(repo.resolve(".brief.yaml"), "rules:\n  unused-source: off\n");
    Files.writeString(repo.resolve("team/.brief.yaml"), "rules:\n  unused-source: error\n");
    Run nearest = Run.in(sub, "validate", a.toString());
    assertEquals(1, nearest.exit(), nearest::toString);
    assertTrue(nearest.stdout().contains("error: source 'archive'"), nearest::toString);
    Run root = Run.in(repo, "validate", a.toString());
    assertEquals(
        "1 file checked: 0 invalid, 0 errors, 0 warnings\n", root.stdout(), root::toString);
    Run none = Run.in(sub, "validate", "--no-config", a.toString());
    assertTrue(none.stdout().contains("warning: source 'archive'"), none::toString);
  }

  @Test
  void renderDefaultsComeFromTheConfigurationAndTheCommandLineWins() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path a = brief("repo/briefs/a.yaml");
    Files.writeString(repo.resolve(".brief.yaml"), "render:\n  format: html\n  out-dir: site\n");
    Run run = Run.in(repo, "render", a.toString());
    assertEquals(0, run.exit(), run::toString);
    assertTrue(Files.exists(repo.resolve("site/a.html")), run::toString);
    Run md =
        Run.in(
            repo, "render", "-f", "md", "--out-dir", tmp.resolve("out").toString(), a.toString());
    assertEquals(0, md.exit(), md::toString);
    assertTrue(Files.exists(tmp.resolve("out/a.md")), md::toString);
    Run stdout = Run.in(repo, "render", "-o", "-", a.toString());
    assertEquals(0, stdout.exit(), stdout::toString);
    assertTrue(stdout.stdout().startsWith("<!DOCTYPE html>"), stdout::toString);
  }

  @Test
  void anIgnoreCommentSilencesWhatRenderFindsOnItsLine() {
    Path ignored = Path.of("src/test/resources/cases/cli/rocket-ignored.yaml");
    Run run = Run.of("render", "--strict", "--out-dir", tmp.toString(), ignored.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.stderr(), run::toString);
    Path rocket = Path.of("src/test/resources/cases/cli/rocket.yaml");
    Run loud = Run.of("render", "--strict", "--out-dir", tmp.toString(), rocket.toString());
    assertEquals(1, loud.exit(), loud::toString);
  }

  @Test
  void aListedBriefInAHiddenFolderOutsideTheWorkingFolderCounts() throws IOException {
    // The repository itself may sit below a hidden folder (~/.cache/...); only folders below the
    // working folder, such as .github, are left out of a list.
    Path a = brief(".cache/repo/a.yaml");
    Run run = Run.withStdin(a + "\n.github/workflows/ci.yml\n", "validate", "--files-from", "-");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("1 file checked: 0 invalid, 0 errors, 0 warnings\n", run.stdout());
  }

  @Test
  void validateAndRenderCheckGlyphsWithTheConfigurationsThemeAndAgree() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve("none.yaml"), "fallback: []\n");
    Files.writeString(repo.resolve(".brief.yaml"), "render:\n  theme: none.yaml\n");
    Path a = repo.resolve("a.yaml");
    Files.writeString(
        a, Files.readString(EXAMPLE).replace("subject: Ukraine", "subject: Ukraine \u2713"));
    Run validate = Run.in(repo, "validate", "--strict", a.toString());
    assertEquals(1, validate.exit(), validate::toString);
    assertTrue(
        validate.stdout().contains(":5:10: warning: no font has character U+2713"),
        validate::toString);
    Path pdf = tmp.resolve("a.pdf");
    Run render = Run.in(repo, "render", "--strict", "-o", pdf.toString(), a.toString());
    assertEquals(1, render.exit(), render::toString);
    assertTrue(
        render.stderr().contains(":5:10: warning: no font has character U+2713"), render::toString);
    assertEquals(0, Run.in(repo, "validate", "--strict", "--no-config", a.toString()).exit());
  }
}
