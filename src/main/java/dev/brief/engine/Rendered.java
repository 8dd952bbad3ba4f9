package dev.brief.engine;

import dev.brief.diagnostic.Diagnostic;
import java.util.List;

/** One rendered brief: the output's bytes, and warnings such as characters no font has. */
public record Rendered(byte[] bytes, List<Diagnostic> warnings) {
  public Rendered {
    warnings = List.copyOf(warnings);
  }
}
