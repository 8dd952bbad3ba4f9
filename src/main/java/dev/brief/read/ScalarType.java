package dev.brief.read;

/**
 * The JSON type a scalar resolves to under the YAML 1.2 core schema; quoted scalars are strings.
 */
public enum ScalarType {
  STRING,
  INTEGER,
  FLOAT,
  BOOLEAN,
  NULL
}
