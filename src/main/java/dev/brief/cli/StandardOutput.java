package dev.brief.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Standard output that remembers its first failure (a closed pipe, a full disk). PrintWriter and
 * PrintStream swallow write errors, so brief writes through this and asks it afterwards: output
 * that was lost is an output error, never a silent exit 0.
 */
final class StandardOutput extends FilterOutputStream {
  private volatile IOException failure;
  private volatile boolean reported;

  StandardOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private IOException failed(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  boolean failed() {
    return failure != null;
  }

  /** Whether {@link #error} was called: its message is then on its way to the user. */
  boolean reported() {
    return reported;
  }

  /** The failure as the user sees it: {@code cannot write to standard output: broken pipe}. */
  UserException error() {
    reported = true;
    String reason = failure == null ? "write failed" : Inputs.reason(failure);
    return new UserException(
        ExitCode.IO,
        "cannot write to standard output: " + reason.toLowerCase(Locale.ROOT),
        failure);
  }
}
