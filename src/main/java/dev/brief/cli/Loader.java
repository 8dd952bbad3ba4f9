package dev.brief.cli;

import dev.brief.engine.Checked;
import dev.brief.engine.Engine;

/** Reads one brief and has the engine check it; a file over the limit is not read at all. */
final class Loader {
  private Loader() {}

  static Checked load(Engine engine, Inputs.Input input) throws UserException {
    String name = input.name();
    return switch (input.kind()) {
      case MISSING -> Engine.missing(name);
      case STDIN ->
          input.bytes().length > Engine.MAX_INPUT_BYTES
              ? Engine.tooLargeStream(name)
              : engine.check(name, input.bytes());
      case FILE -> {
        var tooLarge = Engine.tooLarge(name, Inputs.size(input.file()));
        yield tooLarge.isPresent() ? tooLarge.get() : engine.check(name, Inputs.read(input.file()));
      }
    };
  }
}
