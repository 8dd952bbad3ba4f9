package dev.brief.write.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.model.Brief;
import dev.brief.write.Fixture;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
  @Test
  void standalonePageWithThemeStylesAndEscapedHtml() {
    Brief brief = Fixture.english();
    String html =
        HtmlWriter.page(
            Fixture.memo(brief, Fixture.markdown(brief, 1) + "\n<script>alert(1)</script>\n"));
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
    assertTrue(html.contains("<title>US position: not a withdrawal, but a redistribution</title>"));
    assertTrue(html.contains("<h1>US position"));
    assertTrue(html.contains("<p class=\"meta\">15 February 2025"));
    assertTrue(html.contains("<p class=\"lede\">What counts"));
    assertTrue(html.contains("<p class=\"attribution\">— Marco Rubio, US Senator</p>"));
    assertTrue(html.contains("<h2>Conclusion</h2>"));
    assertTrue(html.contains("font-family: 'Liberation Serif'"));
    assertTrue(html.contains("@page { size: A4;"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(html.contains("<script>"));
    assertFalse(html.contains("font-family: null"), html);
  }

  @Test
  void everyFamilyAThemeMayNameHasAFontStack() {
    for (String family : dev.brief.theme.Theme.FAMILIES) {
      String stack = HtmlStyle.stack(family);
      assertTrue(stack != null && stack.startsWith("'" + family + "'"), family);
    }
  }
}
