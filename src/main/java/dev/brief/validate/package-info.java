/**
 * A node tree to diagnostics: the JSON Schema for structure, then semantic rules; the only
 * json-schema user.
 */
package dev.brief.validate;
