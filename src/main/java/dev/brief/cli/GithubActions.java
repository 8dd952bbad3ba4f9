package dev.brief.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * What a GitHub Actions run tells brief through its environment: that it is one ({@code
 * GITHUB_ACTIONS=true}), the checkout that paths are shown relative to ({@code GITHUB_WORKSPACE}),
 * and the file a step appends its Markdown summary to ({@code GITHUB_STEP_SUMMARY}).
 */
final class GithubActions {
  private final boolean active;
  private final Optional<Path> workspace;
  private final Optional<Path> stepSummary;

  private GithubActions(boolean active, Optional<Path> workspace, Optional<Path> stepSummary) {
    this.active = active;
    this.workspace = workspace;
    this.stepSummary = stepSummary;
  }

  static GithubActions of(Context context) {
    boolean active = context.getenv("GITHUB_ACTIONS").filter("true"::equals).isPresent();
    if (!active) {
      return new GithubActions(false, Optional.empty(), Optional.empty());
    }
    return new GithubActions(
        true,
        context.getenv("GITHUB_WORKSPACE").map(w -> Path.of(w).toAbsolutePath().normalize()),
        context.getenv("GITHUB_STEP_SUMMARY").map(Path::of));
  }

  boolean active() {
    return active;
  }

  /** The checkout, in a run that names one. */
  Optional<Path> workspace() {
    return workspace;
  }

  /**
   * Appends {@code markdown} to the step summary, if this run has one. Not atomic, as the runner
   * owns the file and other steps' tools append to it too.
   */
  void appendSummary(String markdown) throws UserException {
    if (stepSummary.isEmpty()) {
      return;
    }
    Path file = stepSummary.get();
    try {
      Files.writeString(
          file,
          markdown,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UserException(
          ExitCode.IO,
          file + ": cannot append the step summary (GITHUB_STEP_SUMMARY): " + Inputs.reason(e),
          e);
    }
  }
}
