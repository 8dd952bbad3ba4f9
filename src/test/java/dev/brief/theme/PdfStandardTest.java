package dev.brief.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PdfStandardTest {
  @Test
  void namesOneOrTwoStandards() {
    assertEquals(EnumSet.of(PdfStandard.UA_1), PdfStandard.parse("ua-1"));
    assertEquals(EnumSet.of(PdfStandard.A_2B), PdfStandard.parse("A-2B"));
    assertEquals(EnumSet.of(PdfStandard.UA_1, PdfStandard.A_2B), PdfStandard.parse("a-2b, ua-1"));
    assertEquals(EnumSet.of(PdfStandard.A_1B), PdfStandard.parse("a-1b"));
    assertEquals(EnumSet.of(PdfStandard.A_1A), PdfStandard.parse("a-1a"));
  }

  @Test
  void refusesWhatCannotBeMetTogether() {
    assertEquals(
        "ua-1 and a-1b cannot be met together: PDF/A-1 needs a CIDSet in every font, and the one"
            + " OpenPDF writes lists only the glyphs used, which PDF/UA-1 refuses (use a-1b alone,"
            + " or ua-1,a-2b)",
        assertThrows(IllegalArgumentException.class, () -> PdfStandard.parse("ua-1,a-1b"))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> PdfStandard.parse("a-1a,ua-1"))
            .getMessage()
            .startsWith("ua-1 and a-1a cannot be met together"));
  }

  @Test
  void refusesUnknownNamesAndTwoArchivalLevels() {
    assertEquals(
        "'a-3b' is not a PDF standard brief can write (use ua-1, a-1a, a-1b, a-2b, or ua-1 with one"
            + " PDF/A level: ua-1,a-2b)",
        assertThrows(IllegalArgumentException.class, () -> PdfStandard.parse("a-3b")).getMessage());
    assertEquals(
        "an empty name is not a PDF standard brief can write (use ua-1, a-1a, a-1b, a-2b, or ua-1 with"
            + " one PDF/A level: ua-1,a-2b)",
        assertThrows(IllegalArgumentException.class, () -> PdfStandard.parse("ua-1,"))
            .getMessage());
    assertEquals(
        "a PDF conforms to one PDF/A level at most, not both a-1b and a-2b",
        assertThrows(IllegalArgumentException.class, () -> PdfStandard.parse("a-2b,a-1b"))
            .getMessage());
  }
}
