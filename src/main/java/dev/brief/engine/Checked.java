package dev.brief.engine;

import static java.util.Objects.requireNonNull;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.NotShown;
import dev.brief.model.Brief;
import dev.brief.read.Node;
import dev.brief.read.Suppressions;
import java.util.List;
import java.util.Optional;

/**
 * One checked brief: its diagnostics in line order and, when it has no errors, the bound brief.
 * Immutable; hand it to {@link Engine#render(Checked, String)} to render it.
 */
public final class Checked {
  private final String file;
  private final Optional<Node> tree;
  private final Optional<Brief> brief;
  private final List<Diagnostic> diagnostics;
  private final Suppressions suppressions;
  private final NotShown notShown;

  Checked(String file, Optional<Node> tree, Optional<Brief> brief, List<Diagnostic> diagnostics) {
    this(file, tree, brief, diagnostics, Suppressions.NONE, NotShown.NONE);
  }

  Checked(
      String file,
      Optional<Node> tree,
      Optional<Brief> brief,
      List<Diagnostic> diagnostics,
      Suppressions suppressions,
      NotShown notShown) {
    this.file = requireNonNull(file, "file");
    this.tree = tree;
    this.brief = brief;
    this.diagnostics = List.copyOf(diagnostics);
    this.suppressions = suppressions;
    this.notShown = requireNonNull(notShown, "notShown");
  }

  /**
   * The problems past the cap on how many {@link #diagnostics} shows, for which its last, a {@code
   * too-many-problems} diagnostic, stands.
   */
  public NotShown notShown() {
    return notShown;
  }

  /** The brief's {@code # brief: ignore} comments, to silence what rendering finds too. */
  Suppressions suppressions() {
    return suppressions;
  }

  /** The name the brief was checked under, as diagnostics print it. */
  public String file() {
    return file;
  }

  /** The brief, present when it has no errors. */
  public Optional<Brief> brief() {
    return brief;
  }

  /** Every problem found, sorted by line and column. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Whether the brief fails a run: errors, or under {@code strict} any diagnostic at all. */
  public boolean fails(boolean strict) {
    return hasErrors() || (strict && !diagnostics.isEmpty());
  }

  /** The node tree, to place diagnostics found later (such as missing glyphs). */
  Optional<Node> tree() {
    return tree;
  }
}
