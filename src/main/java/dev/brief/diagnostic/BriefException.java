package dev.brief.diagnostic;

import java.util.List;

/** Thrown by a stage that cannot go on; carries every problem it found, not just the first. */
public final class BriefException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public BriefException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "failed" : diagnostics.get(0).format());
    this.diagnostics = List.copyOf(diagnostics);
  }

  public BriefException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
