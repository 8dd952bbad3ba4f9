package dev.brief.cli;

import java.util.Map;
import java.util.Optional;

/**
 * What a command may use of the outside world besides files: the raw standard output (for a PDF
 * written to {@code -o -}) and the environment. Passed in, so tests run commands in-process.
 */
record Context(StandardOutput stdout, Map<String, String> env) {
  Context {
    env = Map.copyOf(env);
  }

  Optional<String> getenv(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }
}
