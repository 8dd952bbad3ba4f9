package dev.brief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where each brief of a run is written, decided before any is rendered: so a target that is an
 * input or a folder stops the run before anything is written. Two briefs that would write one file
 * are told apart as they are written, in input order (the first one written keeps the file).
 */
final class Targets {
  /** One brief's output. */
  record Target(Path path) {
    /** The path as two spellings of one file give it alike, to tell two briefs' targets apart. */
    Path key() {
      return path.toAbsolutePath().normalize();
    }
  }

  private Targets() {}

  /**
   * The target of every input, in input order: {@code output} if given, else beside the brief, or
   * below {@code outDir} at the brief's place below the folder it was found in.
   */
  static List<Target> plan(List<Inputs.Input> inputs, Path output, Path outDir, String extension)
      throws UserException {
    Set<Object> inputKeys = new HashSet<>();
    for (Inputs.Input input : inputs) {
      if (input.kind() == Inputs.Kind.FILE) {
        key(input.file()).ifPresent(inputKeys::add);
      }
    }
    List<Target> targets = new ArrayList<>();
    for (Inputs.Input input : inputs) {
      Path path = path(input, output, outDir, extension);
      if (Files.isDirectory(path)) {
        throw new UserException(
            ExitCode.IO, path + ": is a folder; give a file name, or use --out-dir");
      }
      Optional<Object> key = key(path);
      if (key.isPresent() && inputKeys.contains(key.get())) {
        throw new UserException(
            ExitCode.USAGE, path + ": is an input brief; refusing to overwrite it");
      }
      targets.add(new Target(path));
    }
    return targets;
  }

  private static Path path(Inputs.Input input, Path output, Path outDir, String extension) {
    if (output != null) {
      return output;
    }
    Path file = input.file();
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    Path dir = outDir != null ? outDir.resolve(input.folder()) : file.toAbsolutePath().getParent();
    Path target = dir.resolve(base + "." + extension);
    return file.isAbsolute() || outDir != null
        ? target
        : Path.of("").toAbsolutePath().relativize(target);
  }

  /**
   * What identifies an existing file however its path is spelled (links, "..", case on some
   * systems): its file key, else its real path; empty when it does not exist.
   */
  private static Optional<Object> key(Path path) throws UserException {
    try {
      if (!Files.exists(path)) {
        return Optional.empty();
      }
      Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
      return Optional.of(key != null ? key : path.toRealPath());
    } catch (IOException e) {
      throw new UserException(ExitCode.IO, path + ": cannot check: " + Inputs.reason(e));
    }
  }
}
