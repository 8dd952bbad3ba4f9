package dev.brief.language;

import java.util.ArrayList;
import java.util.List;

/** A text's lines, as every reader of a brief and of Markdown counts them. */
public final class Lines {
  private Lines() {}

  /**
   * The text split at each line break ({@code \r\n}, {@code \r} or {@code \n}), keeping empty lines
   * at the end: what {@code text.split("\r\n|\r|\n", -1)} gives, without a pattern tried at every
   * character (a few percent of a batch render, in four places).
   */
  public static List<String> of(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }
}
