package dev.brief.theme;

import java.util.Locale;

/** The parts of a memo that the theme styles, each keyed in the theme by its lowercase name. */
public enum Role {
  BODY,
  TITLE,
  META,
  LEDE,
  HEADING,
  QUOTE,
  ATTRIBUTION,
  MONO,
  LIST,
  HEADER,
  FOOTER;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
