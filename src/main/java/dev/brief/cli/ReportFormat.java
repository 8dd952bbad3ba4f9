package dev.brief.cli;

/** How {@code brief validate} prints its findings. */
enum ReportFormat {
  /** {@code file:line:col: error: message [rule]}, then a summary line. */
  text,
  /** One JSON object with the counts and every diagnostic. */
  json,
  /** GitHub Actions workflow commands, which annotate the lines of a pull request. */
  github
}
