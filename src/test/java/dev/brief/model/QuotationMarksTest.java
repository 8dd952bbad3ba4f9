package dev.brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {
  @Test
  void marksAroundTheWholeTextAreFoundAndDropped() {
    assertEquals(Optional.of("We will"), QuotationMarks.unwrap("\u201CWe will\u201D"));
    assertEquals(Optional.of("Ми будемо"), QuotationMarks.unwrap("\u00ABМи будемо\u00BB"));
    assertEquals(Optional.of("We will"), QuotationMarks.unwrap("\" We will \""));
    assertEquals(Optional.of("Me tulemme"), QuotationMarks.unwrap("\u201DMe tulemme\u201D"));
  }

  @Test
  void twoQuotationsOrOneInsideAreLeftAlone() {
    assertTrue(QuotationMarks.unwrap("\"A\" and \"B\"").isEmpty());
    assertTrue(QuotationMarks.unwrap("We said \"yes\"").isEmpty());
    assertTrue(QuotationMarks.unwrap("\"\"").isEmpty());
  }
}
