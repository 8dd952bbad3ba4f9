package dev.brief.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One in-process run of brief: exit code, standard output and standard error. */
record Run(int exit, byte[] stdoutBytes, String stderr) {
  static Run of(String... args) {
    return withEnv(Map.of(), args);
  }

  static Run withEnv(Map<String, String> env, String... args) {
    return withStdin(InputStream.nullInputStream(), env, args);
  }

  /** A run that reads {@code stdin} as its standard input. */
  static Run withStdin(InputStream stdin, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, stdin, out, err, env);
    return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** A run whose search for a .brief.yaml starts in {@code dir}. */
  static Run in(Path dir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, InputStream.nullInputStream(), out, err, Map.of(), dir);
    return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** A run whose standard input holds {@code stdin}. */
  static Run withStdin(String stdin, String... args) {
    return withStdin(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), args);
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
