package dev.brief.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brief.read.Mark;
import dev.brief.read.ScalarNode;
import dev.brief.read.ScalarType;
import dev.harrel.jsonschema.SimpleType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeJsonNodeTest {
  private static TreeJsonNode scalar(String text, ScalarType type) {
    return new TreeJsonNode(new ScalarNode(text, type, new Mark(1, 1)), "");
  }

  @Test
  void aPlainIntegerReadWithoutBigDecimalHasTheTypeAndValueBigDecimalGives() {
    // The fast path for plain integers must agree with exact arithmetic on every one of them.
    for (String text :
        List.of("0", "-0", "42", "007", "-7", "999999999999999999", "-999999999999999999")) {
      TreeJsonNode node = scalar(text, ScalarType.INTEGER);
      assertEquals(SimpleType.INTEGER, node.getNodeType(), text);
      assertEquals(new BigDecimal(text).toBigInteger(), node.asInteger(), text);
      assertEquals(0, new BigDecimal(text).compareTo(node.asNumber()), text);
    }
  }

  @Test
  void otherNumbersStillGoThroughExactArithmetic() {
    assertEquals(
        new BigInteger("9999999999999999999"),
        scalar("9999999999999999999", ScalarType.INTEGER).asInteger());
    assertEquals(BigInteger.valueOf(31), scalar("0x1F", ScalarType.INTEGER).asInteger());
    assertEquals(BigInteger.valueOf(5), scalar("+5", ScalarType.INTEGER).asInteger());
    assertEquals(SimpleType.INTEGER, scalar("1.0", ScalarType.FLOAT).getNodeType());
    assertEquals(SimpleType.INTEGER, scalar("1e3", ScalarType.FLOAT).getNodeType());
    assertEquals(SimpleType.NUMBER, scalar("1.5", ScalarType.FLOAT).getNodeType());
    assertEquals(SimpleType.NUMBER, scalar(".inf", ScalarType.FLOAT).getNodeType());
  }

  @Test
  void plainIntegersAreDecimalDigitsWithAnOptionalMinus() {
    for (String yes : List.of("0", "-1", "123456789012345678")) {
      assertEquals(true, TreeJsonNode.plainInteger(yes), yes);
    }
    for (String no : List.of("", "-", "+1", "1.0", "0x1", "1e3", "1234567890123456789", "1_000")) {
      assertEquals(false, TreeJsonNode.plainInteger(no), no);
    }
  }
}
