package dev.brief.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths on a command line to brief files: folders give every *.yaml and *.yml below
 * them.
 */
final class Inputs {
  private Inputs() {}

  /**
   * The brief files named, and those found below the folders named. Hidden files and folders (.git,
   * .github) are skipped in a walk: their YAML is not briefs. Named explicitly, any file counts.
   */
  static List<Path> expand(List<Path> paths) throws UserException {
    Set<Path> files = new LinkedHashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> !isHidden(path.relativize(p)))
              .filter(Files::isRegularFile)
              .filter(Inputs::isBrief)
              .map(Path::normalize)
              .sorted()
              .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw new UserException(ExitCode.USAGE, path + ": cannot list folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path.normalize());
      } else if (Files.exists(path)) {
        throw new UserException(
            ExitCode.USAGE, path + ": not a regular file or folder; name a brief or a folder");
      } else {
        throw new UserException(ExitCode.USAGE, path + ": no such file or folder; check the path");
      }
    }
    return List.copyOf(files);
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".") && !part.toString().equals(".")) {
        return true;
      }
    }
    return false;
  }

  static boolean isBrief(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  static byte[] read(Path file) throws UserException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE, file + ": cannot read: " + reason(e));
    }
  }

  static long size(Path file) throws UserException {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE, file + ": cannot read: " + reason(e));
    }
  }

  /** An I/O failure in a user's words, without Java's exception names. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
