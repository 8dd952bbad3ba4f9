package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
