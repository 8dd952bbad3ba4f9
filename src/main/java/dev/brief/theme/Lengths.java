package dev.brief.theme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Theme lengths: a number of points, or a number with a unit (pt, mm, cm, in). */
final class Lengths {
  private static final Pattern LENGTH =
      Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(pt|mm|cm|in)?\\s*");

  private Lengths() {}

  /** Points, or null when the text is not a length. */
  static Float parse(String text) {
    Matcher m = LENGTH.matcher(text);
    if (!m.matches()) {
      return null;
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "pt" : m.group(2);
    double factor =
        switch (unit) {
          case "mm" -> 72 / 25.4;
          case "cm" -> 72 / 2.54;
          case "in" -> 72;
          default -> 1;
        };
    return (float) (value * factor);
  }
}
