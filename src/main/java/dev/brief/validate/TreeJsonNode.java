package dev.brief.validate;

import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import dev.brief.read.SequenceNode;
import dev.harrel.jsonschema.JsonNode;
import dev.harrel.jsonschema.SimpleType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our node tree as the schema library sees it, so the tree that is validated is the one that is
 * bound and every error's pointer leads back to a line and column. Immutable and without caches,
 * because schema nodes wrapped once are shared by every thread.
 */
final class TreeJsonNode implements JsonNode {
  /**
   * Stands in for .inf, .nan and numbers too long or large to be exact about; any comparison with
   * it fails. Its type is always number, so nothing asks for it as a (million-digit) integer. In a
   * holder: on JDK 25, BigDecimal's first use costs 20 to 35 ms of a cold run (its static
   * initializer squares 5 up to 5^65536), and a brief and the schema seldom hold any number but a
   * plain integer, which {@link #plainInteger} reads without BigDecimal.
   */
  private static final class NotFinite {
    static final BigDecimal VALUE = new BigDecimal("1E+999999");
  }

  /** The most digits a plain integer may have to be read as a long: any 18 digits fit. */
  private static final int LONG_DIGITS = 18;

  /**
   * Exact arithmetic on 1e99999999 or a 500,000-digit hex number takes seconds to minutes; no brief
   * needs a number of more than a few digits.
   */
  private static final int MAX_NUMBER_CHARS = 100;

  private static final int MAX_EXPONENT = 1000;

  private final Node node;
  private final String pointer;
  private final SimpleType type;

  TreeJsonNode(Node node, String pointer) {
    this.node = node;
    this.pointer = pointer;
    this.type = typeOf(node);
  }

  @Override
  public String getJsonPointer() {
    return pointer;
  }

  @Override
  public SimpleType getNodeType() {
    return type;
  }

  @Override
  public boolean asBoolean() {
    return node instanceof ScalarNode s && s.value().equalsIgnoreCase("true");
  }

  @Override
  public String asString() {
    return node instanceof ScalarNode s ? s.value() : "";
  }

  @Override
  public BigInteger asInteger() {
    if (node instanceof ScalarNode s && plainInteger(s.value())) {
      return BigInteger.valueOf(Long.parseLong(s.value()));
    }
    return asNumber().toBigInteger();
  }

  @Override
  public BigDecimal asNumber() {
    return node instanceof ScalarNode s ? number(s.value()) : BigDecimal.ZERO;
  }

  @Override
  public List<JsonNode> asArray() {
    List<JsonNode> items = new ArrayList<>();
    if (node instanceof SequenceNode seq) {
      for (int i = 0; i < seq.items().size(); i++) {
        items.add(new TreeJsonNode(seq.items().get(i), pointer + "/" + i));
      }
    }
    return items;
  }

  @Override
  public Map<String, JsonNode> asObject() {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    if (node instanceof MappingNode map) {
      for (MappingNode.Entry e : map.entries()) {
        String key = e.key().value();
        fields.put(
            key, new TreeJsonNode(e.value(), pointer + "/" + JsonNode.encodeJsonPointer(key)));
      }
    }
    return fields;
  }

  private static SimpleType typeOf(Node node) {
    if (node instanceof MappingNode) {
      return SimpleType.OBJECT;
    } else if (node instanceof SequenceNode) {
      return SimpleType.ARRAY;
    }
    ScalarNode scalar = (ScalarNode) node;
    switch (scalar.type()) {
      case INTEGER:
      case FLOAT:
        if (plainInteger(scalar.value())) {
          return SimpleType.INTEGER;
        }
        // JSON Schema counts 1.0 as an integer.
        BigDecimal value = number(scalar.value());
        return value != NotFinite.VALUE && value.stripTrailingZeros().scale() <= 0
            ? SimpleType.INTEGER
            : SimpleType.NUMBER;
      case BOOLEAN:
        return SimpleType.BOOLEAN;
      case NULL:
        return SimpleType.NULL;
      default:
        return SimpleType.STRING;
    }
  }

  /** A YAML 1.2 core number: decimal, 0x hex, 0o octal, or a float such as 1.5e3. */
  static BigDecimal number(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    if (t.length() > MAX_NUMBER_CHARS) {
      return NotFinite.VALUE;
    }
    try {
      BigDecimal value;
      if (t.startsWith("0x")) {
        value = new BigDecimal(new BigInteger(t.substring(2), 16));
      } else if (t.startsWith("0o")) {
        value = new BigDecimal(new BigInteger(t.substring(2), 8));
      } else {
        value = new BigDecimal(t);
      }
      return Math.abs(value.scale()) > MAX_EXPONENT ? NotFinite.VALUE : value;
    } catch (NumberFormatException e) {
      return NotFinite.VALUE;
    }
  }

  /** Whether {@code text} is a decimal integer of at most 18 digits, such as 42, -7 or 007. */
  static boolean plainInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int digits = text.length() - start;
    if (digits < 1 || digits > LONG_DIGITS) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
