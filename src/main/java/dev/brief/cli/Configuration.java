package dev.brief.cli;

import dev.brief.diagnostic.BriefException;
import dev.brief.engine.Config;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A team's {@code .brief.yaml}: found by walking up from the working folder to the repository's
 * root (the folder holding {@code .git}) or the file system's root, read and checked by the engine.
 * Paths in it are relative to its folder.
 */
record Configuration(Path file, Config config) {
  static final String NAME = ".brief.yaml";

  /** The nearest {@code .brief.yaml} from {@code start} up to the repository's root, if any. */
  static Optional<Path> find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve(NAME);
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
      if (Files.exists(dir.resolve(".git"))) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Reads {@code file}; a file with problems has each printed on {@code err} at its place, and
   * stops the run as a usage error.
   */
  static Configuration read(Path file, PrintWriter err) throws UserException {
    String name = shown(file).toString();
    var tooLarge = Config.tooLarge(name, Inputs.size(file));
    byte[] bytes = tooLarge.isPresent() ? null : Inputs.read(file);
    try {
      if (tooLarge.isPresent()) {
        throw tooLarge.get();
      }
      return new Configuration(file, Config.read(name, bytes));
    } catch (BriefException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
      err.flush();
      throw new UserException(
          ExitCode.USAGE, name + ": configuration has errors; fix them, or run with --no-config");
    }
  }

  /**
   * The file a render default names ({@code template}, {@code theme}), relative to the
   * configuration's folder; one that is not there is an error at its place in the configuration.
   */
  Optional<Path> file(String key) throws UserException {
    Optional<Config.Value> value = config.render(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Path path = resolve(value.get());
    if (!Files.isRegularFile(path)) {
      throw new UserException(
          ExitCode.USAGE,
          config.file()
              + ":"
              + value.get().line()
              + ":"
              + value.get().column()
              + ": render."
              + key
              + " '"
              + value.get().text()
              + "': no such file ("
              + path
              + "); a path here starts at the configuration's folder");
    }
    return Optional.of(path);
  }

  /** A path the configuration names, relative to its folder, as messages show it. */
  Path resolve(Config.Value value) {
    return shown(file.toAbsolutePath().getParent().resolve(value.text()));
  }

  /** The folder of the file, against which its paths and its globs with a '/' are read. */
  Path folder() {
    return file.toAbsolutePath().normalize().getParent();
  }

  /** A path relative to the working folder when it is below it, else as it is. */
  static Path shown(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
  }
}
