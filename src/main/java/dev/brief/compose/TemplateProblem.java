package dev.brief.compose;

import dev.brief.diagnostic.Diagnostic;

/** Carries a template diagnostic out through Mustache's parser, which only knows runtime errors. */
final class TemplateProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  TemplateProblem(Diagnostic diagnostic) {
    super(diagnostic.format(), null, false, false);
    this.diagnostic = diagnostic;
  }

  Diagnostic diagnostic() {
    return diagnostic;
  }
}
