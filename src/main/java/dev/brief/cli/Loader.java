package dev.brief.cli;

import dev.brief.bind.Binder;
import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.model.Brief;
import dev.brief.read.Node;
import dev.brief.read.YamlReader;
import dev.brief.validate.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads, validates and binds one brief file: the front half of the pipeline, shared by every
 * command.
 */
final class Loader {
  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private final YamlReader reader = new YamlReader();
  private final Validator validator = new Validator();

  /** One file's outcome: its diagnostics, and the tree and brief when it had no errors. */
  record Loaded(
      String file, Optional<Node> tree, Optional<Brief> brief, List<Diagnostic> diagnostics) {
    boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    boolean fails(boolean strict) {
      return hasErrors() || (strict && !diagnostics.isEmpty());
    }
  }

  Loaded load(Path path) throws UserException {
    String file = path.toString();
    long size = Inputs.size(path);
    if (size > YamlReader.MAX_BYTES) {
      return failed(file, YamlReader.tooLarge(file, size));
    }
    Node tree;
    List<Diagnostic> found = new ArrayList<>();
    try {
      tree = reader.read(file, Inputs.read(path), found);
    } catch (BriefException e) {
      return failed(file, e);
    }
    found.addAll(validator.validate(file, tree));
    List<Diagnostic> diagnostics = found.stream().sorted(ORDER).toList();
    boolean valid = diagnostics.stream().noneMatch(Diagnostic::isError);
    Optional<Brief> brief = valid ? Optional.of(Binder.bind(tree)) : Optional.empty();
    return new Loaded(file, Optional.of(tree), brief, diagnostics);
  }

  private static Loaded failed(String file, BriefException e) {
    return new Loaded(file, Optional.empty(), Optional.empty(), e.diagnostics());
  }
}
