package dev.brief.diagnostic;

import java.util.Locale;

/** How bad a diagnostic is; warnings fail a run only under {@code --strict}. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed in diagnostics: {@code error} or {@code warning}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
