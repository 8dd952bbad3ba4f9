package dev.brief.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

  static List<Path> expand(List<Path> paths) throws UserException {
    Set<Path> files = new LinkedHashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(Inputs::isBrief)
              .map(Path::normalize)
              .sorted()
              .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw new UserException(ExitCode.USAGE, path + ": cannot list folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path.normalize());
      } else {
        throw new UserException(ExitCode.USAGE, path + ": no such file or folder; check the path");
      }
    }
    return List.copyOf(files);
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

  static String reason(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
