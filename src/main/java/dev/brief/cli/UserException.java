package dev.brief.cli;

/** A mistake on the command line or with a file, worded for the user, with its exit code. */
final class UserException extends Exception {
  private static final long serialVersionUID = 1L;
  private final ExitCode exitCode;

  UserException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  UserException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  ExitCode exitCode() {
    return exitCode;
  }
}
