package dev.brief.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
      temp = dir.resolve(temporaryName(absolute.getFileName().toString()));
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

  /** The longest file name most file systems take (ext4, APFS, NTFS: 255 bytes or units). */
  static final int NAME_MAX = 255;

  /**
   * What {@link #temporaryName} gives: {@code .NAME.PID-NANOS.tmp}. NAME may have been shortened,
   * so a stale temporary is known by the whole pattern, never by its target's name.
   */
  static final Pattern TEMPORARY =
      Pattern.compile("\\..*\\.([0-9]+)-(-?[0-9]+)\\.tmp", Pattern.DOTALL);

  /**
   * A hidden name for the temporary file of {@code name}, unique to this process and moment, within
   * {@link #NAME_MAX} bytes of UTF-8: an output name that fits still fits with the additions, as
   * the target's name is cut short (at a whole character) to make room.
   */
  static String temporaryName(String name) {
    String suffix = "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp";
    int room = NAME_MAX - 1 - suffix.getBytes(StandardCharsets.UTF_8).length;
    String kept = name;
    while (kept.getBytes(StandardCharsets.UTF_8).length > room) {
      kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
    }
    return "." + kept + suffix;
  }

  /**
   * Deletes the temporary files brief left in {@code dir} when it was killed (SIGKILL runs no
   * hook): files named as {@link #temporaryName} names them whose process is gone. A temporary of a
   * brief still running is left alone. Best effort: returns how many were deleted.
   */
  static int removeStale(Path dir) {
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
      for (Path file : files) {
        Matcher matcher = TEMPORARY.matcher(file.getFileName().toString());
        if (matcher.matches()
            && !alive(matcher.group(1))
            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // Best effort: a folder that cannot be listed is reported, if at all, by the write itself.
    }
    return removed;
  }

  private static boolean alive(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).isPresent();
    } catch (NumberFormatException e) {
      return true; // not a pid brief could have written: not ours to delete
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
