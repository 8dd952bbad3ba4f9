package dev.brief.diagnostic;

import static dev.brief.diagnostic.Severity.ERROR;
import static dev.brief.diagnostic.Severity.WARNING;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule a diagnostic can name, in one closed list: its stable id, the severity it is reported
 * at, and what it catches. CI scripts and editors match on the ids, so an id is never renamed or
 * given a new meaning; the README's table of rules lists the same ids and severities, and {@code
 * RuleCatalogueTest} keeps the two in step.
 */
public enum Rule {
  YAML_SYNTAX(
      "yaml-syntax",
      ERROR,
      "YAML that does not parse: tabs, unclosed quotes, bad indentation, control characters"),
  YAML_TAG("yaml-tag", ERROR, "custom tags ('!!python/object')"),
  YAML_MERGE("yaml-merge", ERROR, "merge keys ('<<')"),
  YAML_KEY("yaml-key", ERROR, "keys that are lists or mappings"),
  YAML_ANCHOR("yaml-anchor", ERROR, "an anchor nothing uses (text that began with '&')"),
  YAML_ALIAS("yaml-alias", ERROR, "alias bombs"),
  TOO_COMPLEX("too-complex", ERROR, "nesting or node counts past the reader's limits"),
  YAML_DOCUMENTS("yaml-documents", ERROR, "more than one document ('---') in a file"),
  EMPTY_FILE("empty-file", ERROR, "a file with no document"),
  DUPLICATE_KEY("duplicate-key", ERROR, "the same key twice in one mapping"),
  YAML_COMMENT(
      "yaml-comment",
      WARNING,
      "text YAML drops as a comment: in 'shippers #1 and #2' the value ends at 'shippers'"),
  NOT_UTF8("not-utf8", ERROR, "bytes that are not UTF-8"),
  CONTROL_CHARACTER(
      "control-character",
      ERROR,
      "a control character or noncharacter in a value, also as an escape ('\\x07', '\\0',"
          + " '\\uFFFE'); tab and line break stay allowed"),
  TOO_LARGE("too-large", ERROR, "files over 1 MiB"),
  MISSING_FILE("missing-file", ERROR, "a path on the command line that does not exist"),
  UNKNOWN_FIELD("unknown-field", ERROR, "a key the format does not know (with \"did you mean\")"),
  MISSING_FIELD("missing-field", ERROR, "a required field that is missing"),
  WRONG_TYPE(
      "wrong-type",
      ERROR,
      "a value of the wrong kind (including unquoted 'Label: text', which YAML reads as a field)"),
  EMPTY_LIST("empty-list", ERROR, "an empty list"),
  BLANK_TEXT("blank-text", ERROR, "blank text"),
  TOO_LONG(
      "too-long", ERROR, "a title over 200 characters, or a web address over 2,048 characters"),
  BAD_DATE("bad-date", ERROR, "a date that is not a real 'YYYY-MM-DD' day"),
  BAD_LANG("bad-lang", ERROR, "a malformed language tag"),
  BAD_URL("bad-url", ERROR, "a URL that is not http(s)"),
  BAD_SOURCE_ID("bad-source-id", ERROR, "a source id that is not allowed"),
  BAD_VERSION("bad-version", ERROR, "a format version that is not allowed"),
  SCHEMA("schema", ERROR, "a break of the JSON Schema that no other rule covers"),
  UNKNOWN_SOURCE("unknown-source", ERROR, "a cited source id that 'sources' does not define"),
  UNUSED_SOURCE("unused-source", WARNING, "a source that nothing cites"),
  QUOTED_QUOTE(
      "quoted-quote",
      WARNING,
      "quote text wrapped in its own quotation marks (the memo adds them)"),
  LINK_SCHEME("link-scheme", WARNING, "a link or image in text that the memo will print as typed"),
  MARKDOWN_BLOCK(
      "markdown-block",
      WARNING,
      "a list item, heading, block quote, table row or code fence inside a paragraph of text,"
          + " which the memo runs into the paragraph (one per field)"),
  UNSUPPORTED_LANG(
      "unsupported-lang",
      WARNING,
      "a 'lang' without built-in headings whose 'labels' leave some out; the memo prints those"
          + " in English"),
  UNKNOWN_LANG(
      "unknown-lang",
      WARNING,
      "a quote's 'lang' that is no language code ('ua' is a country; Ukrainian is 'uk'), with"
          + " \"did you mean\""),
  PLACEHOLDER(
      "placeholder",
      WARNING,
      "a value that is still one of the sample texts of the starter 'brief new' writes"),
  MISSING_GLYPH(
      "missing-glyph",
      WARNING,
      "a character no font of the PDF has (validate checks the brief, render also the template)"),
  TEMPLATE_ERROR("template-error", ERROR, "a broken '--template' file, at its line and column"),
  THEME("theme", ERROR, "a broken '--theme' file, at its line and column"),
  CONFIG(
      "config",
      ERROR,
      "a broken '.brief.yaml' or '--config' file: an unknown key or rule id, a bad severity"),
  UNKNOWN_RULE(
      "unknown-rule",
      WARNING,
      "a '# brief: ignore' comment naming no rule or an error rule, or placed where it applies to"
          + " nothing"),
  TEMPLATE_NAME(
      "template-name",
      WARNING,
      "a tag in a '--template' that names nothing brief provides ('{{titel}}'), with \"did you"
          + " mean\""),
  TOO_MANY_PROBLEMS(
      "too-many-problems",
      ERROR,
      "more problems in one file than are shown (100); a warning when those not shown are all"
          + " warnings");

  private static final Map<String, Rule> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

  private final String id;
  private final Severity defaultSeverity;
  private final String summary;

  Rule(String id, Severity defaultSeverity, String summary) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.summary = summary;
  }

  /** The kebab-case id printed in brackets after every message: {@code [yaml-syntax]}. */
  public String id() {
    return id;
  }

  /** The severity the rule is reported at. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** What the rule catches, in one lowercase line. */
  public String summary() {
    return summary;
  }

  /** The rule with this id, if there is one. */
  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }
}
