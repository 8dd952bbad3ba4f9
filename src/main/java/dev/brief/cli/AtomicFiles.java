package dev.brief.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that readers see the old file or the whole new one, never half: the bytes go to
 * a temporary file in the target folder, which is then renamed over the target.
 */
final class AtomicFiles {
  /**
   * Temporary files being written now. A process stopped by a signal (a CI timeout, Ctrl-C) runs
   * its shutdown hooks but not its finally blocks, so this set is what the hook deletes. The one
   * piece of process-wide state in brief, because a signal is process-wide.
   */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInFlight, "brief-cleanup"));
  }

  private AtomicFiles() {}

  /** Deletes every temporary file still being written; what the shutdown hook runs. */
  static void deleteInFlight() {
    for (Path temp : IN_FLIGHT) {
      deleteQuietly(temp);
    }
  }

  static Set<Path> inFlight() {
    return Set.copyOf(IN_FLIGHT);
  }

  static void write(Path target, byte[] bytes, boolean replace) throws UserException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new UserException(
            ExitCode.IO, target + ": cannot write: " + dir + " is not a folder");
      }
      Files.createDirectories(dir);
      // Not createTempFile: its owner-only permissions would stick to the output; CREATE_NEW
      // gets the usual permissions under the user's umask and still never reuses a file.
      temp =
          dir.resolve(
              "."
                  + absolute.getFileName()
                  + "."
                  + ProcessHandle.current().pid()
                  + "-"
                  + System.nanoTime()
                  + ".tmp");
      IN_FLIGHT.add(temp);
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      if (replace) {
        move(temp, absolute);
      } else {
        // Without REPLACE_EXISTING the move fails if the target appeared meanwhile.
        Files.move(temp, absolute);
      }
      IN_FLIGHT.remove(temp);
      temp = null;
    } catch (FileAlreadyExistsException e) {
      throw Files.isDirectory(dir)
          ? new UserException(ExitCode.USAGE, target + ": already exists; choose another name")
          : new UserException(
              ExitCode.IO, target + ": cannot write: a folder on the way is a file");
    } catch (IOException | UnsupportedOperationException e) {
      throw new UserException(
          ExitCode.IO,
          target + ": cannot write: " + (e instanceof IOException io ? Inputs.reason(io) : e),
          e);
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // Best effort: the temporary file is hidden and named after the target.
    }
    IN_FLIGHT.remove(temp);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
