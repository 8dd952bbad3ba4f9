package dev.brief.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
  @Test
  void formatsLikeACompiler() {
    Diagnostic d =
        Diagnostic.error("q3.yaml", 14, 1, Rule.UNKNOWN_FIELD, "conclsion", "unknown field");
    assertEquals("q3.yaml:14:1: error: unknown field [unknown-field]", d.format());
  }

  @Test
  void ofReportsARuleAtItsDefaultSeverity() {
    Diagnostic warning =
        Diagnostic.of(Rule.UNUSED_SOURCE, "q.yaml", 9, 3, "sources.ft", "never cited");
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals("q.yaml:9:3: warning: never cited [unused-source]", warning.format());
    assertEquals(Severity.ERROR, Diagnostic.of(Rule.BAD_DATE, "q.yaml", 1, 1, "", "m").severity());
  }

  @Test
  void aValueWithLineBreaksStaysOnOneLine() {
    Diagnostic d =
        Diagnostic.error("q.yaml", 1, 1, Rule.BAD_DATE, "date", "found '2025\n02\r\n15\u2028'");
    assertEquals("found '2025\\n02\\r\\n15\\u2028'", d.message());
  }

  @Test
  void aVeryLongValueIsCutInTheMiddle() {
    String url = "ftp://" + "x".repeat(900_000) + "/end";
    Diagnostic d =
        Diagnostic.error("q.yaml", 1, 1, Rule.BAD_URL, "url", "found '" + url + "'; use https://");
    assertTrue(d.message().length() < 150, d.message());
    assertTrue(d.message().startsWith("found 'ftp://xxx"), d.message());
    assertTrue(d.message().endsWith("xxx/end'; use https://"), d.message());
  }

  @Test
  void textBetweenTwoQuotedValuesIsNotTakenForOne() {
    String message =
        "'&Co' makes a YAML anchor that nothing uses, so it is not part of the text; put the value"
            + " in quotes to keep the '&'";
    assertEquals(message, Diagnostic.error("f", 1, 1, Rule.YAML_ANCHOR, "", message).message());
  }

  @Test
  void shortMessagesAreKeptAsTheyAre() {
    String message = "unknown field 'conclsion' (did you mean 'conclusion'?)";
    assertEquals(message, Diagnostic.warning("f", 1, 1, Rule.UNKNOWN_FIELD, "", message).message());
  }
}
