package dev.brief.cli;

/** What {@code brief render} writes. */
enum OutputFormat {
  pdf,
  md,
  html;

  String extension() {
    return name();
  }
}
