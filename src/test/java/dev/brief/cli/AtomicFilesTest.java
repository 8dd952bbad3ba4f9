package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path tmp;

  @Test
  void replacesWholeAndLeavesNoTemporaryFile() throws Exception {
    Path target = tmp.resolve("memo.pdf");
    Files.writeString(target, "old");
    AtomicFiles.write(target, new byte[] {1, 2, 3}, true);
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    try (var files = Files.list(tmp)) {
      assertEquals(List.of(target), files.toList());
    }
    assertTrue(AtomicFiles.inFlight().isEmpty());
  }

  @Test
  void aTemporaryFileBeingWrittenWhenTheProcessStopsIsDeleted() throws Exception {
    // A large write on another thread; the shutdown hook's cleanup runs while it is in flight.
    Path target = tmp.resolve("big.pdf");
    byte[] big = new byte[64 << 20];
    CountDownLatch started = new CountDownLatch(1);
    Thread writer =
        new Thread(
            () -> {
              started.countDown();
              try {
                AtomicFiles.write(target, big, true);
              } catch (UserException expected) {
                // The cleanup may delete the file under the writer.
              }
            });
    writer.start();
    started.await();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (AtomicFiles.inFlight().isEmpty() && System.nanoTime() < deadline && writer.isAlive()) {
      Thread.onSpinWait();
    }
    List<Path> seen = List.copyOf(AtomicFiles.inFlight());
    AtomicFiles.deleteInFlight();
    writer.join();
    for (Path temp : seen) {
      assertTrue(Files.notExists(temp), temp + " left behind");
    }
    try (var files = Files.list(tmp)) {
      assertTrue(
          files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
          "no temporary file left");
    }
  }

  @Test
  void aTemporaryNameStaysWithinTheNameLimitAndKeepsItsPattern() {
    for (String name :
        new String[] {"memo.pdf", "a".repeat(250) + ".pdf", "\u00e9".repeat(125) + ".md"}) {
      String temp = AtomicFiles.temporaryName(name);
      assertTrue(
          temp.getBytes(StandardCharsets.UTF_8).length <= AtomicFiles.NAME_MAX,
          temp + " is too long");
      assertTrue(AtomicFiles.TEMPORARY.matcher(temp).matches(), temp);
      assertEquals(
          ProcessHandle.current().pid(),
          Long.parseLong(AtomicFiles.TEMPORARY.matcher(temp).replaceAll("$1")));
    }
    assertTrue(AtomicFiles.temporaryName("memo.pdf").startsWith(".memo.pdf."));
  }

  @Test
  void aBriefWhoseNameNearlyFillsTheLimitIsRendered() throws Exception {
    String base = "b".repeat(246);
    Path brief = Files.copy(Path.of(CliTest.EXAMPLE), tmp.resolve(base + ".yaml"));
    Run run = Run.of("render", "-f", "md", brief.toString());
    assertEquals(0, run.exit(), run::toString);
    assertTrue(Files.exists(tmp.resolve(base + ".md")));
    try (var files = Files.list(tmp)) {
      assertEquals(2, files.count(), "no temporary file left");
    }
  }

  @Test
  void aRenderRemovesStaleTemporariesOfProcessesThatAreGoneAndNothingElse() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    long deadPid = gone.pid();
    assertFalse(ProcessHandle.of(deadPid).isPresent());
    Path stale = Files.writeString(tmp.resolve(".memo.md." + deadPid + "-12345.tmp"), "half");
    Path staleOther = Files.writeString(tmp.resolve(".other.pdf." + deadPid + "--987.tmp"), "half");
    Path live =
        Files.writeString(
            tmp.resolve(".memo.md." + ProcessHandle.current().pid() + "-1.tmp"), "in flight");
    Path notOurs = Files.writeString(tmp.resolve(".memo.md.tmp"), "user's");
    Path notOurs2 = Files.writeString(tmp.resolve(".memo.md." + deadPid + ".tmp"), "user's");
    Path visible = Files.writeString(tmp.resolve("memo.md." + deadPid + "-1.tmp"), "user's");
    Path brief = Files.copy(Path.of(CliTest.EXAMPLE), tmp.resolve("memo.yaml"));
    Run run = Run.of("render", "-f", "md", brief.toString());
    assertEquals(0, run.exit(), run::toString);
    assertFalse(Files.exists(stale), "stale temporary removed");
    assertFalse(Files.exists(staleOther), "stale temporary of another target removed");
    for (Path kept : List.of(live, notOurs, notOurs2, visible)) {
      assertTrue(Files.exists(kept), kept + " kept");
    }
  }
}
