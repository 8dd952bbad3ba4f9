package dev.brief.validate;

import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.NodePath;
import dev.brief.read.ScalarNode;
import dev.harrel.jsonschema.ValidatorFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the JSON Schema over a tree and returns its errors, with the noise of {@code anyOf}
 * collapsed: of a Point's two shapes only the one the user evidently meant is reported.
 * Thread-safe: the compiled schema is read-only after construction.
 */
final class SchemaCheck {
  private static final URI RETRIEVAL_URI = URI.create("urn:brief:schema");

  private final dev.harrel.jsonschema.Validator validator;
  private final URI schemaUri;
  private final Node schema;

  SchemaCheck(String schemaText, boolean checkSchema) {
    TreeNodeFactory factory = new TreeNodeFactory();
    this.schema = TreeNodeFactory.parse(schemaText);
    this.validator =
        new ValidatorFactory()
            .withJsonNodeFactory(factory)
            .withDisabledSchemaValidation(!checkSchema)
            .createValidator();
    // Under a name of our own: without one, json-schema makes a random UUID, and the JDK's first
    // SecureRandom costs a cold run 20 ms. Diagnostics use only the fragment of a schema location.
    this.schemaUri = validator.registerSchema(RETRIEVAL_URI, new TreeJsonNode(schema, ""));
  }

  /** The schema as a tree, to look up allowed keys and expected types. */
  Node schema() {
    return schema;
  }

  List<SchemaError> check(Node root) {
    List<SchemaError> errors = new ArrayList<>();
    for (dev.harrel.jsonschema.Error e :
        validator.validate(schemaUri, new TreeJsonNode(root, "")).getErrors()) {
      errors.add(SchemaError.of(e));
    }
    return collapseAnyOf(TextReadAsField.merge(errors, root, this));
  }

  private List<SchemaError> collapseAnyOf(List<SchemaError> errors) {
    Set<SchemaError> dropped = new LinkedHashSet<>();
    List<SchemaError> added = new ArrayList<>();
    for (SchemaError anyOf : errors) {
      if (!anyOf.keyword().equals("anyOf")) {
        continue;
      }
      dropped.add(anyOf);
      String prefix = anyOf.evaluation() + "/";
      Set<String> misfits = new LinkedHashSet<>();
      Set<String> branches = new LinkedHashSet<>();
      List<String> expected = new ArrayList<>();
      for (SchemaError e : errors) {
        if (within(e, anyOf)) {
          String branch = e.evaluation().substring(prefix.length()).split("/", 2)[0];
          branches.add(branch);
          // A type error at the anyOf's own instance means the user did not mean that shape.
          if (e.keyword().equals("type") && e.instance().equals(anyOf.instance())) {
            misfits.add(branch);
            expected.addAll(typesAt(e.schema()));
          }
        }
      }
      boolean noneFits = misfits.containsAll(branches);
      for (SchemaError e : errors) {
        if (within(e, anyOf)) {
          String branch = e.evaluation().substring(prefix.length()).split("/", 2)[0];
          if (noneFits || misfits.contains(branch)) {
            dropped.add(e);
          }
        }
      }
      if (noneFits) {
        added.add(
            new SchemaError("type", anyOf.instance(), "anyOf:" + String.join(",", expected), ""));
      }
    }
    List<SchemaError> kept = new ArrayList<>();
    for (SchemaError e : errors) {
      if (!dropped.contains(e)) {
        kept.add(e);
      }
    }
    kept.addAll(added);
    return kept;
  }

  /**
   * Whether an error comes from a branch of this anyOf. The evaluation path alone is not enough:
   * every item of a list shares it, so the instance must lie at or below the anyOf's too.
   */
  private static boolean within(SchemaError e, SchemaError anyOf) {
    return e.evaluation().startsWith(anyOf.evaluation() + "/")
        && (e.instance().equals(anyOf.instance())
            || e.instance().startsWith(anyOf.instance() + "/"));
  }

  /** The JSON types the schema object at a pointer declares ({@code anyOf:a,b} lists them). */
  List<String> typesAt(String schemaPointer) {
    if (schemaPointer.startsWith("anyOf:")) {
      return List.of(schemaPointer.substring("anyOf:".length()).split(","));
    }
    Optional<Node> type = NodePath.atPointer(schema, schemaPointer).flatMap(n -> field(n, "type"));
    List<String> types = new ArrayList<>();
    if (type.isPresent() && type.get() instanceof ScalarNode s) {
      types.add(s.value());
    } else if (type.isPresent() && type.get() instanceof dev.brief.read.SequenceNode seq) {
      seq.items().forEach(i -> types.add(((ScalarNode) i).value()));
    }
    return types;
  }

  /** The property names the schema object at a pointer allows, in schema order. */
  List<String> propertiesAt(String schemaPointer) {
    List<String> names = new ArrayList<>();
    NodePath.atPointer(schema, schemaPointer)
        .flatMap(n -> field(n, "properties"))
        .ifPresent(p -> ((MappingNode) p).entries().forEach(e -> names.add(e.key().value())));
    return names;
  }

  /** The names listed under {@code required} in the schema object at a pointer. */
  List<String> requiredAt(String schemaPointer) {
    List<String> names = new ArrayList<>();
    NodePath.atPointer(schema, schemaPointer)
        .flatMap(n -> field(n, "required"))
        .ifPresent(
            r ->
                ((dev.brief.read.SequenceNode) r)
                    .items()
                    .forEach(i -> names.add(((ScalarNode) i).value())));
    return names;
  }

  private static Optional<Node> field(Node node, String key) {
    return node instanceof MappingNode map ? map.get(key) : Optional.empty();
  }
}
