package dev.brief.validate;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Suggestions;
import dev.brief.read.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Checks a brief's tree against the format: the JSON Schema for structure, then the semantic rules.
 * Reports every problem, sorted by line and column. Create one and share it: compiling the schema
 * is the expensive part, and validating is thread-safe.
 */
public final class Validator {
  /** Where the schema lives in the jar; {@code brief schema} prints it. */
  public static final String SCHEMA_RESOURCE = "/dev/brief/brief.schema.json";

  private final SchemaCheck schema = BuiltIn.SCHEMA;

  /** The shipped schema, compiled once per process on first use: a tenth of a cold render. */
  private static final class BuiltIn {
    static final SchemaCheck SCHEMA = new SchemaCheck(schemaText(), false);
  }

  public Validator() {}

  /** Every problem in the tree of {@code file}; empty when the brief is valid. */
  public List<Diagnostic> validate(String file, Node root) {
    SchemaMessages messages = new SchemaMessages(schema, file, root);
    // A set: collapsed anyOf branches can word the same problem twice.
    LinkedHashSet<Diagnostic> found = new LinkedHashSet<>();
    for (SchemaError error : schema.check(root)) {
      found.addAll(messages.word(error));
    }
    found.addAll(SemanticRules.check(file, root));
    found.addAll(MarkdownRules.check(file, root));
    found.addAll(Placeholders.check(file, root));
    LanguageRule.check(file, root).ifPresent(found::add);
    List<Diagnostic> sorted = new ArrayList<>(found);
    sorted.removeIf(d -> isMisspelled(d, found));
    sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return List.copyOf(sorted);
  }

  /**
   * A missing field that the brief has under a misspelled key ({@code conclsion}) is one mistake:
   * the unknown-field diagnostic already says "did you mean", so the missing one is dropped.
   */
  private static boolean isMisspelled(Diagnostic missing, Collection<Diagnostic> all) {
    if (missing.rule() != Rule.MISSING_FIELD) {
      return false;
    }
    String parent = parentOf(missing.path());
    String name = missing.path().substring(parent.isEmpty() ? 0 : parent.length() + 1);
    for (Diagnostic d : all) {
      if (d.rule() == Rule.UNKNOWN_FIELD && parentOf(d.path()).equals(parent)) {
        String key = d.path().substring(parent.isEmpty() ? 0 : parent.length() + 1);
        if (Suggestions.closest(key, List.of(name)).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String parentOf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  /** The JSON Schema of the brief format, as shipped. */
  public static String schemaText() {
    try (InputStream in = Validator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema missing from the jar: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
