package dev.brief.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * picocli's "Did you mean" for a mistyped command or option, keeping only the names close to what
 * was typed: picocli offers the three commands most alike by letters ({@code templates} for {@code
 * valdate}) and every option that starts with the same two letters ({@code --config} for {@code
 * --colour}). Close is at most two letters added, left out or changed, or a name that begins with
 * what was typed ({@code --stdin} for {@code --stdin-name}).
 */
final class Suggestions {
  /** The most letters added, left out or changed for a name to count as close. */
  static final int MAX_EDITS = 2;

  private Suggestions() {}

  /** Prints picocli's line of suggestions with only the close ones; nothing when none is. */
  static void print(CommandLine.ParameterException e, PrintWriter err) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return;
    }
    String typed = bare(unmatched.getUnmatched().get(0));
    List<String> close =
        unmatched.getSuggestions().stream().filter(name -> isClose(typed, bare(name))).toList();
    if (close.isEmpty()) {
      return;
    }
    if (unmatched.isUnknownOption()) {
      err.println("Possible solutions: " + String.join(", ", close));
    } else {
      String command = e.getCommandLine().getCommandSpec().qualifiedName();
      err.println(
          "Did you mean: "
              + String.join(" or ", close.stream().map(name -> command + " " + name).toList())
              + "?");
    }
  }

  /** A name without its leading dashes and any {@code =value}. */
  private static String bare(String word) {
    String name = word.replaceFirst("^-+", "");
    int equals = name.indexOf('=');
    return equals < 0 ? name : name.substring(0, equals);
  }

  static boolean isClose(String typed, String name) {
    return !typed.isEmpty() && name.startsWith(typed) || edits(typed, name) <= MAX_EDITS;
  }

  /**
   * The Levenshtein distance: letters added, left out or changed to turn {@code a} into {@code b}.
   */
  static int edits(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
