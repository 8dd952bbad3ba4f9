package dev.brief.typography;

/**
 * Keeps right-to-left text from taking the memo's own text with it. In a left-to-right memo, the
 * bidirectional algorithm reads a number after Arabic text as Arabic, and the punctuation between
 * them as right to left too: "“أوروبا تستعد”, 21 March" would print as "“21 ,”أوروبا تستعد March".
 * A left-to-right mark (U+200E, invisible) after the right-to-left run and its closing marks ends
 * it there, as an isolating {@code <bdi>} does in HTML.
 */
final class Directions {
  static final String LRM = "\u200E";

  private Directions() {}

  static void apply(Run run) {
    int lastRtl = -1;
    for (int i = 0; i < run.length(); i++) {
      byte type = Character.getDirectionality(run.at(i));
      if (type == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        lastRtl = i;
      } else if (type == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        lastRtl = -1;
      } else if (type == Character.DIRECTIONALITY_EUROPEAN_NUMBER && lastRtl >= 0) {
        end(run, lastRtl, i);
        lastRtl = -1;
      }
    }
  }

  /** Marks the end of the run that ends at {@code last}, after its closing marks and brackets. */
  private static void end(Run run, int last, int number) {
    int at = last;
    while (at + 1 < number && closes(run.at(at + 1)) && run.editable(at + 1)) {
      at++;
    }
    if (run.editable(at)) {
      run.insertAfter(at, LRM);
    }
  }

  /** A closing quotation mark or bracket, in any language's marks. */
  static boolean closes(char c) {
    int type = Character.getType(c);
    return type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || c == '\u201C'
        || c == '\u2018'
        || c == '"'
        || c == '\'';
  }
}
