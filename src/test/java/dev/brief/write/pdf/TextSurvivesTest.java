package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.engine.Engine;
import dev.brief.theme.Role;
import dev.brief.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A brief through the whole pipeline: text that YAML folding or the PDF used to lose survives. */
class TextSurvivesTest {
  private static final Path BRIEF =
      Path.of("src/test/resources/cases/compose/folded-paragraphs.yaml");

  @Test
  void foldedParagraphsTabsAndTheWholeLedeReachThePdf() throws Exception {
    byte[] pdf =
        Engine.builder().build().render(BRIEF.toString(), Files.readAllBytes(BRIEF), "pdf").bytes();
    String text = Pdfs.text(pdf);
    assertTrue(text.contains("Tabs inside text."), text);
    // Two paragraphs, not one: the second starts a line of its own.
    assertTrue(text.matches("(?s).*two lines\\. *\\n+The second paragraph.*"), text);
    Theme theme = Theme.defaultTheme();
    assertEquals(theme.style(Role.LEDE).size(), Pdfs.fontSizeOf(pdf, "The second paragraph"), 0.01);
    assertEquals(theme.style(Role.BODY).size(), Pdfs.fontSizeOf(pdf, "And a second plain"), 0.01);
  }
}
