package dev.brief.report;

import dev.brief.diagnostic.Diagnostic;
import java.util.List;

/**
 * The Markdown that a GitHub Actions run appends to {@code $GITHUB_STEP_SUMMARY}: the counts, the
 * files of a render not written and why, and a table of every problem. GitHub shows at most {@value
 * #ANNOTATIONS_PER_STEP} error and as many warning annotations a step ({@value
 * #ANNOTATIONS_PER_JOB} a job), so when a run has more the summary says so: the table is then the
 * one place that lists them all.
 */
public final class StepSummary {
  static final int ANNOTATIONS_PER_STEP = 10;
  static final int ANNOTATIONS_PER_JOB = 50;

  /**
   * GitHub takes at most 1 MiB of summary a step; the table stops short of that and says how many
   * rows it left out.
   */
  static final int MAX_CHARS = 900_000;

  private StepSummary() {}

  /** The summary of {@code results}, ending in a blank line so the next step's starts apart. */
  public static String of(Run run, List<FileResult> results, Summary summary) {
    return of(run, results, summary, MAX_CHARS);
  }

  static String of(Run run, List<FileResult> results, Summary summary, int maxChars) {
    StringBuilder out = new StringBuilder();
    out.append("### brief ").append(run.command()).append("\n\n");
    out.append(summary.line());
    if (run.renders()) {
      long written = results.stream().filter(r -> r.output().isPresent()).count();
      out.append("; ").append(written).append(" written");
    }
    out.append(run.strict() && summary.warnings() > 0 ? " (warnings fail under --strict)" : "");
    out.append("\n\n");
    notWritten(results, out);
    // One annotation a line printed: past a file's cap, its too-many-problems line, not the rest.
    int errorAnnotations = 0;
    int warningAnnotations = 0;
    int failingWarnings = 0;
    for (FileResult result : results) {
      for (Diagnostic d : result.diagnostics()) {
        errorAnnotations += d.isError() || run.strict() ? 1 : 0;
        warningAnnotations += d.isError() || run.strict() ? 0 : 1;
        failingWarnings += !d.isError() && run.strict() ? 1 : 0;
      }
    }
    if (errorAnnotations > ANNOTATIONS_PER_STEP || warningAnnotations > ANNOTATIONS_PER_STEP) {
      out.append("GitHub shows only ")
          .append(ANNOTATIONS_PER_STEP)
          .append(" error and ")
          .append(ANNOTATIONS_PER_STEP)
          .append(" warning annotations a step (")
          .append(ANNOTATIONS_PER_JOB)
          .append(" a job), and this run has ")
          .append(Summary.plural(errorAnnotations, "error annotation"))
          .append(
              failingWarnings > 0
                  ? " (" + failingWarnings + " of them warnings that fail under --strict)"
                  : "")
          .append(" and ")
          .append(Summary.plural(warningAnnotations, "warning annotation"))
          .append(": the table below lists every one.\n\n");
    }
    if (summary.errors() + summary.warnings() == 0) {
      return out.append("No problems found.\n\n").toString();
    }
    out.append("| file | line | column | severity | rule | message |\n");
    out.append("|---|---:|---:|---|---|---|\n");
    int left = 0;
    for (FileResult result : results) {
      for (Diagnostic d : result.diagnostics()) {
        if (out.length() > maxChars) {
          left++;
          continue;
        }
        out.append("| ")
            .append(cell(d.file()))
            .append(" | ")
            .append(d.line())
            .append(" | ")
            .append(d.column())
            .append(" | ")
            .append(d.isError() || !run.strict() ? d.severity().label() : "warning (fails)")
            .append(" | `")
            .append(d.rule().id())
            .append("` | ")
            .append(cell(d.message()))
            .append(" |\n");
      }
    }
    if (left > 0) {
      out.append("\n")
          .append(Summary.plural(left, "more problem"))
          .append(" not listed, to keep within the 1 MiB GitHub takes; the log has every one.\n");
    }
    return out.append("\n").toString();
  }

  /** The files of a render that do not fail but were not written, each with why. */
  private static void notWritten(List<FileResult> results, StringBuilder out) {
    String heading = "Not written:\n\n";
    for (FileResult result : results) {
      if (result.notWritten().isPresent()) {
        out.append(heading)
            .append("- ")
            .append(cell(result.file()))
            .append(": ")
            .append(cell(result.notWritten().get()))
            .append('\n');
        heading = "";
      }
    }
    if (heading.isEmpty()) {
      out.append('\n');
    }
  }

  /**
   * Characters that end a cell or start markup in GitHub's Markdown: emphasis, code, links, HTML,
   * entities, math, mentions, emoji and autolinks ({@code https:}).
   */
  private static final String MARKUP = "\\`*_[]<>|~&$@:";

  /**
   * Text as one table cell that shows as typed: each character of {@link #MARKUP} backslash-escaped
   * (GitHub's Markdown takes a backslash before any ASCII punctuation), and line breaks as {@code
   * \n}.
   */
  static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\\\n");
      } else if (c == '\r') {
        out.append("\\\\r");
      } else if (MARKUP.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
