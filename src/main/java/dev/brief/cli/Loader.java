package dev.brief.cli;

import dev.brief.engine.Checked;
import dev.brief.engine.Engine;
import java.nio.file.Path;

/** Reads one brief file and has the engine check it; a file over the limit is not read at all. */
final class Loader {
  private Loader() {}

  static Checked load(Engine engine, Path path) throws UserException {
    return load(engine, path, path.toString());
  }

  /** As {@link #load(Engine, Path)}, with the brief shown as {@code file} in its diagnostics. */
  static Checked load(Engine engine, Path path, String file) throws UserException {
    var tooLarge = Engine.tooLarge(file, Inputs.size(path));
    if (tooLarge.isPresent()) {
      return tooLarge.get();
    }
    return engine.check(file, Inputs.read(path));
  }
}
