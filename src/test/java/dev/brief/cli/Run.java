package dev.brief.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of brief: exit code, standard output and standard error. */
record Run(int exit, byte[] stdoutBytes, String stderr) {
  static Run of(String... args) {
    return withEnv(Map.of(), args);
  }

  static Run withEnv(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, out, err, env);
    return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** A run whose standard output is {@code stdout}, for one that fails. */
  static Run withStdout(java.io.OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, stdout, err, Map.of());
    return new Run(exit, new byte[0], err.toString(StandardCharsets.UTF_8));
  }

  String stdout() {
    return new String(stdoutBytes, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout\n" + stdout() + "\n--- stderr\n" + stderr;
  }
}
