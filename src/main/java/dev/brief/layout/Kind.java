package dev.brief.layout;

/** What part of the memo a block is; writers style and tag a block by its kind. */
public enum Kind {
  /** The memo's title: a level-1 heading that opens it. */
  TITLE,
  /** The date and author line right after the title. */
  META,
  /** The paragraph after the date line that says what the memo is about. */
  LEDE,
  /** A section heading. */
  HEADING,
  /** Body text. */
  PARAGRAPH,
  /** A pull quote, its attribution inside it. */
  QUOTE,
  /** The "— Name, Role" line that closes a pull quote; never a top-level block. */
  ATTRIBUTION,
  /** A bulleted or numbered list. */
  LIST,
  /** The numbered list of sources that ends the memo. */
  SOURCES,
  /** Literal text: a code block, or HTML a user typed, shown as typed. */
  CODE,
  /** A thematic break. */
  RULE
}
