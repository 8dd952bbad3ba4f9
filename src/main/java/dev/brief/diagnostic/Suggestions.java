package dev.brief.diagnostic;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" by edit distance, for misspelt field names, source ids, theme keys and template
 * variables: one rule for every message that suggests a word.
 */
public final class Suggestions {
  private Suggestions() {}

  /** The closest candidate, if it is close enough to be what the user meant. */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    String word = typed.toLowerCase(Locale.ROOT);
    // Short words tolerate one slip, longer ones a slip per four letters, never more than three.
    int limit = Math.max(1, Math.min(3, word.length() / 4));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(word, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit && !typed.equals(best) ? Optional.of(best) : Optional.empty();
  }

  /** Edit distance counting a swap of two neighbouring letters as one edit (titel, title). */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
