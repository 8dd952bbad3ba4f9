package dev.brief.language;

import java.util.Set;

/** Which way a language's script runs: right to left for Arabic, Hebrew, Persian, Urdu and kin. */
public final class Direction {
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "ckb", "dv");

  private Direction() {}

  /** Whether text in the language of {@code tag} runs right to left ({@code ar-EG}: yes). */
  public static boolean isRightToLeft(String tag) {
    return RIGHT_TO_LEFT.contains(Languages.primary(tag));
  }
}
