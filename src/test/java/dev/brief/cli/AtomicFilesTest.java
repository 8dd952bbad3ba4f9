package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
