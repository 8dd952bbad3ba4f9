package dev.brief.cli;

/** Every exit code brief uses, in one place; documented in {@code --help} and the README. */
enum ExitCode {
  OK(0, "success: every brief is valid and every output was written"),
  INVALID(1, "invalid input: a brief, template or theme has errors (or warnings under --strict)"),
  USAGE(2, "usage error: unknown option, missing argument, or a file that cannot be read"),
  IO(3, "output error: an output file could not be written"),
  INTERNAL(70, "internal error: a bug in brief; run again with --debug and report the trace");

  final int code;
  final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** Lines for picocli's {@code exitCodeList}: {@code "0:meaning"}. */
  static String[] helpList() {
    ExitCode[] all = values();
    String[] lines = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      lines[i] = String.format("%2d:%s", all[i].code, all[i].meaning);
    }
    return lines;
  }
}
