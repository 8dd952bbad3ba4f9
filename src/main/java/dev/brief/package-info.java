/**
 * brief turns a YAML policy brief into a memo through one pipeline, one package per stage: {@code
 * read} (YAML text to a node tree with line and column), {@code validate} (JSON Schema and semantic
 * rules to diagnostics), {@code bind} (tree to the immutable {@code model}), {@code compose}
 * (Mustache template to CommonMark Markdown) and {@code typeset} (Markdown and theme to PDF or
 * HTML). {@code report} prints what validate found, in the formats its {@code Reports} names. Only
 * {@code cli} touches files, streams and exit codes.
 */
package dev.brief;
