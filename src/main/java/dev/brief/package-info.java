/**
 * brief turns a YAML policy brief into a memo through one pipeline, one package per stage: {@code
 * read} (YAML text to a node tree with line and column), {@code validate} (JSON Schema and semantic
 * rules to diagnostics), {@code bind} (tree to the immutable {@code model}), {@code compose}
 * (Mustache template to CommonMark Markdown) and {@code typeset} (Markdown and theme to PDF or
 * HTML). Only {@code cli} touches files, streams and exit codes.
 */
package dev.brief;
