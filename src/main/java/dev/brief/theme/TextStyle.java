package dev.brief.theme;

import static java.util.Objects.requireNonNull;

/**
 * How one role's text looks. Sizes and spacing are in points; {@code color} is {@code #RRGGBB};
 * {@code style} is one of {@code regular, bold, italic, bold-italic}.
 */
public record TextStyle(
    String family,
    String style,
    float size,
    float leading,
    String color,
    float spaceBefore,
    float spaceAfter) {
  public TextStyle {
    requireNonNull(family, "family");
    requireNonNull(style, "style");
    requireNonNull(color, "color");
  }

  public boolean bold() {
    return style.startsWith("bold");
  }

  public boolean italic() {
    return style.endsWith("italic");
  }
}
