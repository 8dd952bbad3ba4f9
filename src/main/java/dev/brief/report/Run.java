package dev.brief.report;

import static java.util.Objects.requireNonNull;

/**
 * What a report says about the run besides its results: the command ({@code validate} or {@code
 * render}), brief's version, whether warnings fail files ({@code --strict}), and the folder that
 * relative file names start from, as a {@code file:} URI ending in {@code /} (SARIF's {@code
 * %SRCROOT%}). The caller works these out, so reports read no environment.
 */
public record Run(String command, String version, boolean strict, String sourceRoot) {
  public Run {
    requireNonNull(command, "command");
    requireNonNull(version, "version");
    requireNonNull(sourceRoot, "sourceRoot");
  }

  /** Whether {@code command} is {@code render}, whose reports also name the outputs written. */
  boolean renders() {
    return command.equals("render");
  }
}
