package dev.brief.compose;

import java.io.Writer;

/**
 * Collects a template's output and stops it, by throwing {@link Full}, at the first write past its
 * cap: sections over long lists and partials that fan out multiply, so the size is bounded while it
 * grows, never measured afterwards.
 */
final class CappedWriter extends Writer {
  private final StringBuilder text = new StringBuilder();
  private final int cap;

  CappedWriter(int cap) {
    this.cap = cap;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    if (length > cap - text.length()) {
      throw new Full();
    }
    text.append(chars, offset, length);
  }

  @Override
  public void write(String s, int offset, int length) {
    if (length > cap - text.length()) {
      throw new Full();
    }
    text.append(s, offset, offset + length);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }

  /** Thrown through Mustache, which may wrap it, when the output would pass the cap. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super("template output over its cap", null, false, false);
    }
  }
}
