package dev.brief.diagnostic;

/**
 * The problems of one file past the cap on how many are shown, which its one {@link
 * Rule#TOO_MANY_PROBLEMS} diagnostic stands for: counted here, so that totals count every problem
 * found, not the lines shown.
 */
public record NotShown(int errors, int warnings) {
  /** A file whose problems are all shown. */
  public static final NotShown NONE = new NotShown(0, 0);

  public NotShown {
    if (errors < 0 || warnings < 0) {
      throw new IllegalArgumentException("negative count: " + errors + ", " + warnings);
    }
  }
}
