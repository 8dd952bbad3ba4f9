package dev.brief.typography;

/**
 * In a language written with the Arabic comma, semicolon and question mark (، ؛ ؟), the ASCII one
 * typed after an Arabic-script word becomes the Arabic one: "رويترز, https://..." as the template
 * joins a source's parts reads "رويترز، https://...". Only before a space or the end of the run,
 * and only after a letter of the Arabic script (closing quotes and brackets between are skipped),
 * so numbers ("1,000"), citations ("[1, 2]") and Latin text keep theirs.
 */
final class ArabicPunctuation {
  private static final String ASCII = ",;?";
  private static final String ARABIC = "\u060C\u061B\u061F";

  private ArabicPunctuation() {}

  static void apply(Run run) {
    for (int i = 1; i < run.length(); i++) {
      int mark = ASCII.indexOf(run.at(i));
      if (mark < 0
          || !run.editable(i)
          || !run.untouched(i)
          || (i + 1 < run.length() && !Character.isWhitespace(run.at(i + 1)))
          || !afterArabicWord(run, i)) {
        continue;
      }
      run.replace(i, ARABIC.substring(mark, mark + 1));
    }
  }

  private static boolean afterArabicWord(Run run, int i) {
    int at = i - 1;
    // Closing marks, and the vowel marks a word may end in ("صموداً"), are not the word's end.
    while (at > 0
        && (Directions.closes(run.at(at))
            || Character.getType(run.at(at)) == Character.NON_SPACING_MARK)) {
      at--;
    }
    char c = run.at(at);
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
  }
}
