package dev.brief.validate;

import dev.harrel.jsonschema.Error;
import java.net.URI;

/**
 * One error of the schema library, reduced to pointers: {@code instance} into the brief, {@code
 * schema} into our schema (the object holding the keyword), {@code evaluation} the path the
 * validator took (it keeps {@code anyOf/N}, which the schema location loses behind a $ref).
 */
record SchemaError(String keyword, String instance, String schema, String evaluation) {
  /** The keyword of a failed {@code false} schema, which the library leaves without one. */
  static final String FALSE = "false";

  static SchemaError of(Error error) {
    String fragment = URI.create(error.getSchemaLocation()).getFragment();
    return new SchemaError(
        error.getKeyword() == null ? FALSE : error.getKeyword(),
        error.getInstanceLocation(),
        fragment == null ? "" : fragment,
        error.getEvaluationPath());
  }
}
