package dev.brief.cli;

import dev.brief.engine.SourceSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** A user's template file and the partials beside it, read into a source set for the engine. */
final class TemplateFiles {
  /** The walk's depth: the template's folder, then the folders partials may live in. */
  private static final int TEMPLATE_DEPTH = SourceSet.MAX_FOLDER_DEPTH + 1;

  private TemplateFiles() {}

  /**
   * Reads the template's folder (to {@link #TEMPLATE_DEPTH} levels), so partials resolve there and
   * nowhere else. Names keep the folder as the user typed it, so diagnostics name real paths.
   */
  static SourceSet read(Path file) throws UserException {
    if (!Files.isRegularFile(file)) {
      throw new UserException(ExitCode.USAGE, file + ": no such template file");
    }
    Path dir = file.toAbsolutePath().getParent();
    String prefix = file.getParent() == null ? "" : slashes(file.getParent()) + "/";
    Map<String, byte[]> sources = new LinkedHashMap<>();
    Map<String, String> refused = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(dir, TEMPLATE_DEPTH)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        if (!p.getFileName().toString().endsWith(".mustache")) {
          continue;
        }
        String name = prefix + slashes(dir.relativize(p));
        long size = Files.size(p);
        if (size > SourceSet.MAX_FILE_BYTES) {
          refused.put(
              name,
              "is "
                  + size
                  + " bytes, over the limit of "
                  + SourceSet.MAX_FILE_BYTES
                  + " (1 MiB); a template is a few kilobytes, so check that it is the right file");
        } else {
          sources.put(name, Files.readAllBytes(p));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UserException(
          ExitCode.USAGE, file + ": cannot read template folder: " + e.getMessage());
    }
    return new SourceSet(prefix + file.getFileName(), sources, refused);
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
