package dev.brief.validate;

/**
 * The stable rule ids that diagnostics carry; CI scripts and editors match on them, so never rename
 * one. The reader adds its own (yaml-syntax, duplicate-key, yaml-tag...).
 */
final class Rules {
  static final String UNKNOWN_FIELD = "unknown-field";
  static final String MISSING_FIELD = "missing-field";
  static final String WRONG_TYPE = "wrong-type";
  static final String TOO_LONG = "too-long";
  static final String EMPTY_LIST = "empty-list";
  static final String BLANK_TEXT = "blank-text";
  static final String BAD_DATE = "bad-date";
  static final String BAD_LANG = "bad-lang";
  static final String BAD_URL = "bad-url";
  static final String BAD_SOURCE_ID = "bad-source-id";
  static final String BAD_VERSION = "bad-version";
  static final String UNKNOWN_SOURCE = "unknown-source";
  static final String UNUSED_SOURCE = "unused-source";
  static final String QUOTED_QUOTE = "quoted-quote";
  static final String LINK_SCHEME = "link-scheme";
  static final String MARKDOWN_BLOCK = "markdown-block";
  static final String UNSUPPORTED_LANG = "unsupported-lang";
  static final String SCHEMA = "schema";

  private Rules() {}
}
