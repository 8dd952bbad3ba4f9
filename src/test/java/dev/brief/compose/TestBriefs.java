package dev.brief.compose;

import dev.brief.bind.Binder;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.model.Brief;
import dev.brief.read.Node;
import dev.brief.read.YamlReader;
import dev.brief.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a brief file through the real pipeline (read, validate, bind), failing on any error. */
final class TestBriefs {
  private static final Validator VALIDATOR = new Validator();

  private TestBriefs() {}

  static Brief read(Path file) throws Exception {
    Node root = new YamlReader().read(file.toString(), Files.readAllBytes(file));
    List<Diagnostic> errors =
        VALIDATOR.validate(file.toString(), root).stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new AssertionError(
          "test brief is invalid:\n"
              + String.join("\n", errors.stream().map(Diagnostic::format).toList()));
    }
    return Binder.bind(root);
  }
}
