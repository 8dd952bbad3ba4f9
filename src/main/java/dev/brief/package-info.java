/**
 * brief turns a YAML policy brief into a memo through one pipeline, one package per stage: {@code
 * read} (YAML text to a node tree with line and column), {@code validate} (JSON Schema and semantic
 * rules to diagnostics), {@code bind} (tree to the immutable {@code model}), {@code compose}
 * (Mustache template to CommonMark Markdown), {@code layout} (Markdown to the memo's blocks with
 * their roles) and {@code write} (one writer per format: md, html, pdf), styled by {@code theme}.
 * {@code engine} joins the stages and is the public API. {@code report} prints what validate found,
 * in the formats its {@code Reports} names. Only {@code cli} touches files, streams and exit codes.
 */
package dev.brief;
