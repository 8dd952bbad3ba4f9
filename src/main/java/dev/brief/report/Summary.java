package dev.brief.report;

import java.util.List;

/**
 * The counts over a run: files checked, files that fail it, errors and warnings (every one found,
 * those past a file's cap on how many are shown too).
 */
public record Summary(int files, int invalid, int errors, int warnings) {
  /** Counts over {@code results}. */
  public static Summary of(List<FileResult> results) {
    int invalid = 0;
    int errors = 0;
    int warnings = 0;
    for (FileResult result : results) {
      invalid += result.failed() ? 1 : 0;
      errors += result.errors();
      warnings += result.warnings();
    }
    return new Summary(results.size(), invalid, errors, warnings);
  }

  /** {@code 2 files checked: 1 invalid, 1 error, 1 warning}. */
  public String line() {
    return plural(files, "file")
        + " checked: "
        + invalid
        + " invalid, "
        + plural(errors, "error")
        + ", "
        + plural(warnings, "warning");
  }

  /** {@code 1 file}, {@code 0 files}, {@code 2 files}: English plurals of words that take an s. */
  public static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
