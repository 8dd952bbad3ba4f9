package dev.brief.language;

import java.util.Collection;
import java.util.StringJoiner;

/**
 * The memo's citation mark, {@code [3]} or {@code [1, 2]}: source numbers in brackets. Composing
 * writes it; the typography pass finds it again to keep it with the word before it, and the PDF
 * writer to tag it as a reference. One definition, so the three never disagree.
 */
public final class Citations {
  private Citations() {}

  /** The mark for these source numbers, in the order given: {@code [1, 3]}. */
  public static String mark(Collection<Integer> numbers) {
    StringJoiner mark = new StringJoiner(", ", "[", "]");
    numbers.forEach(n -> mark.add(Integer.toString(n)));
    return mark.toString();
  }

  /**
   * Where the citation that starts at {@code start} ends (the index after its {@code ]}), or -1 if
   * none starts there. Besides the marks brief writes it takes what a writer may type, {@code
   * [1,2]}: numbers of ASCII digits, each comma followed by at most one space.
   */
  public static int end(CharSequence text, int start) {
    if (start >= text.length() || text.charAt(start) != '[') {
      return -1;
    }
    int i = start + 1;
    while (true) {
      int digits = i;
      while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == digits || i >= text.length()) {
        return -1;
      }
      if (text.charAt(i) == ']') {
        return i + 1;
      }
      if (text.charAt(i) != ',') {
        return -1;
      }
      i++;
      // a no-break space where the typography pass put one before the last number
      if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
        i++;
      }
    }
  }
}
