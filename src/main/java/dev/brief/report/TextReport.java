package dev.brief.report;

import dev.brief.diagnostic.Diagnostic;

/** Compiler-style lines, {@code file:line:col: error: message [rule]}, then the summary line. */
final class TextReport extends LineReport {
  @Override
  public String name() {
    return "text";
  }

  @Override
  String line(Diagnostic d, boolean strict) {
    return d.format();
  }
}
