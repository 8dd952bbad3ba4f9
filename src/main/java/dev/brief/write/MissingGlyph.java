package dev.brief.write;

import java.util.Locale;

/**
 * A character in the brief that no font of the theme can draw: the field it is in ({@code
 * position.quotes[0].text}), the code point, and the text around it.
 */
public record MissingGlyph(String fieldPath, int codePoint, String context) {
  /** {@code U+1F600}. */
  public String codePointLabel() {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  /** The warning text: {@code no font can draw U+1F600 '😀' in "...")}. */
  public String message() {
    return "no font can draw "
        + codePointLabel()
        + " '"
        + Character.toString(codePoint)
        + "' (near \""
        + context
        + "\"); it prints as a replacement mark";
  }
}
