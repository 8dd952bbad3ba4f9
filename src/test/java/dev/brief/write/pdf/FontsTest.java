package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FontsTest {
  /** The shortcut the glyph check takes without parsing a font holds for every face it covers. */
  @Test
  void everyCharacterTakenAsSurelyDrawnIsInEveryFaceOfItsFamily() {
    List<String> missing = new ArrayList<>();
    int sure = 0;
    for (String family : Fonts.families()) {
      for (int cp = 0; cp <= 0x2200; cp++) {
        if (!Fonts.surelyDraws(family, cp)) {
          continue;
        }
        sure++;
        for (int face = 0; face < 4; face++) {
          if (!Fonts.load().face(family, (face & 1) != 0, (face & 2) != 0).charExists(cp)) {
            missing.add(family + " " + face + " U+" + Integer.toHexString(cp));
          }
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(3 * (95 + 224 + 96 + 27), sure, "Liberation Serif, Sans and Mono, each range");
  }

  @Test
  void nothingIsSureForAFamilyOutsideLiberationNorForOtherScripts() {
    assertFalse(Fonts.surelyDraws("DejaVu Sans", 'a'));
    assertFalse(Fonts.surelyDraws("Liberation Serif", 0x0627)); // Arabic alef
    assertFalse(Fonts.surelyDraws("Liberation Serif", 0x202F)); // narrow no-break space: not there
    assertFalse(Fonts.surelyDraws("Liberation Serif", 0x1F600));
  }

  @Test
  void everyFaceHasItsOwnSubsetTagTheSameOnEveryCall() {
    // OpenPDF draws each of the tag's six letters (ABCDEF+Name) as 26 * nextDouble(); a face's
    // tag is one letter six times. PDF 9.6.4: the subsets of one file have different tags, so
    // every face brief can embed needs its own letter.
    java.util.Map<Character, String> letters = new java.util.HashMap<>();
    for (String family : Fonts.families()) {
      for (int style = 0; style < 4; style++) {
        String resource = Fonts.resource(family, (style & 1) != 0, (style & 2) != 0);
        char letter = (char) ('A' + (int) (Fonts.seeded(resource).nextDouble() * 26));
        assertEquals(letter, (char) ('A' + (int) (Fonts.seeded(resource).nextDouble() * 26)));
        String other = letters.putIfAbsent(letter, resource);
        assertTrue(other == null || other.equals(resource), resource + " and " + other);
      }
    }
    assertEquals(14, letters.size());
    // A theme's font files, in their order, take the twelve letters left.
    for (int place = 0; place < 12; place++) {
      char letter = (char) ('A' + (int) (Fonts.seededFontFile(place).nextDouble() * 26));
      assertEquals(null, letters.putIfAbsent(letter, "font file " + place), "font file " + place);
    }
    assertEquals(26, letters.size());
  }
}
