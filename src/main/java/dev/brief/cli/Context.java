package dev.brief.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a command may use of the outside world besides files: standard input (a brief given as
 * {@code -}), the raw standard output (for a PDF written to {@code -o -}), the environment, and the
 * folder the search for a {@code .brief.yaml} starts in. Passed in, so tests run commands
 * in-process.
 */
record Context(InputStream stdin, StandardOutput stdout, Map<String, String> env, Path workingDir) {
  Context {
    env = Map.copyOf(env);
  }

  /** A context in the process's working folder. */
  Context(InputStream stdin, StandardOutput stdout, Map<String, String> env) {
    this(stdin, stdout, env, Path.of("").toAbsolutePath());
  }

  /** A context whose standard input is empty. */
  Context(StandardOutput stdout, Map<String, String> env) {
    this(InputStream.nullInputStream(), stdout, env);
  }

  Optional<String> getenv(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }
}
