package dev.brief.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.YamlReader;
import dev.harrel.jsonschema.InvalidSchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema itself: valid under the 2020-12 meta-schema, documented, and met by the example. */
class SchemaTest {
  @Test
  void schemaIsValidUnderTheMetaSchema() {
    // Meta-schema checking is off at run time for speed; here it is on, and a bad schema throws.
    SchemaCheck checked = new SchemaCheck(Validator.schemaText(), true);
    assertTrue(checked.propertiesAt("").contains("title"));
  }

  @Test
  void metaSchemaCheckCatchesABrokenSchema() {
    String broken = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": 5}";
    assertThrows(InvalidSchemaException.class, () -> new SchemaCheck(broken, true));
  }

  @Test
  void everyPropertyHasADescription() {
    Node schema = TreeNodeFactory.parse(Validator.schemaText());
    List<String> undocumented = new ArrayList<>();
    collectUndocumented(schema, "", undocumented);
    assertEquals(List.of(), undocumented);
  }

  private static void collectUndocumented(Node node, String path, List<String> out) {
    if (!(node instanceof MappingNode map)) {
      return;
    }
    for (String container : List.of("properties", "patternProperties", "$defs")) {
      map.get(container)
          .ifPresent(
              props -> {
                for (MappingNode.Entry e : ((MappingNode) props).entries()) {
                  String where = path + "/" + container + "/" + e.key().value();
                  if (!(e.value() instanceof MappingNode sub) || sub.get("description").isEmpty()) {
                    out.add(where);
                  }
                  collectUndocumented(e.value(), where, out);
                }
              });
    }
  }

  @Test
  void exampleBriefIsValid() throws Exception {
    Path example = Path.of("briefs/us-nato-redistribution.yaml");
    Node root = new YamlReader().read(example.toString(), Files.readAllBytes(example));
    assertEquals(List.of(), new Validator().validate(example.toString(), root));
  }

  @Test
  void schemaTextIsTheShippedFile() throws Exception {
    assertEquals(
        Files.readString(Path.of("src/main/resources/dev/brief/brief.schema.json")),
        Validator.schemaText());
  }
}
