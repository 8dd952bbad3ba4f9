package dev.brief.cli;

import dev.brief.engine.Checked;
import dev.brief.engine.Engine;
import java.nio.file.Path;
import java.util.function.Function;

/** Reads one brief and has the engine check it; a file over the limit is not read at all. */
final class Loader {
  private Loader() {}

  static Checked load(Engine engine, Inputs.Input input) throws UserException {
    return load(engine, input, Path::toString);
  }

  /**
   * As {@link #load(Engine, Inputs.Input)}, with a file shown under {@code names} in its
   * diagnostics; standard input keeps its {@code --stdin-name}.
   */
  static Checked load(Engine engine, Inputs.Input input, Function<Path, String> names)
      throws UserException {
    return switch (input.kind()) {
      case MISSING -> Engine.missing(names.apply(input.file()), Inputs.whyMissing(input.file()));
      case STDIN ->
          input.bytes().length > Engine.MAX_INPUT_BYTES
              ? Engine.tooLargeStream(input.name())
              : engine.check(input.name(), input.bytes());
      case FILE -> {
        String name = names.apply(input.file());
        var tooLarge = Engine.tooLarge(name, Inputs.size(input.file()));
        yield tooLarge.isPresent() ? tooLarge.get() : engine.check(name, Inputs.read(input.file()));
      }
    };
  }
}
