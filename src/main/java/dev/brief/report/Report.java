package dev.brief.report;

import java.io.PrintWriter;
import java.util.List;

/**
 * One way to print a run's results. An implementation is stateless, is listed once in {@link
 * Reports}, and writes each file's findings as it reaches them, so nothing is held back but what
 * the format itself needs at the end.
 */
public interface Report {
  /** The name users give to {@code --format}: lowercase, stable. */
  String name();

  /**
   * Writes {@code results}, in their order, and {@code summary} to {@code out}. The caller owns
   * {@code out} and flushes it.
   */
  void write(List<FileResult> results, Summary summary, PrintWriter out);
}
