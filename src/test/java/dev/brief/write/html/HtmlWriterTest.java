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
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"), html);
    assertTrue(html.contains("<title>US position: not a withdrawal, but a redistribution</title>"));
    assertTrue(html.contains("<h1 dir=\"auto\">US position"));
    assertTrue(html.contains("<p class=\"meta\" dir=\"auto\">15 February 2025"));
    assertTrue(html.contains("<p class=\"lede\" dir=\"auto\">What counts"));
    assertTrue(
        html.contains("<p class=\"attribution\" dir=\"auto\">— Marco Rubio, US Senator</p>"));
    assertTrue(html.contains("<h2 dir=\"auto\">Conclusion</h2>"));
    assertTrue(html.contains("font-family: 'Liberation Serif'"));
    assertTrue(html.contains("@page { size: A4;"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(html.contains("<script>"));
    assertFalse(html.contains("font-family: null"), html);
  }

  @Test
  void aRightToLeftLanguageSetsThePageDirection() {
    for (String lang : new String[] {"ar", "he-IL", "fa", "ur"}) {
      Brief brief = Fixture.brief("عنوان", lang, "ملخص", "اقتباس");
      String html = HtmlWriter.page(Fixture.memo(brief, "# عنوان\n\nملخص\n"));
      assertTrue(html.contains("<html lang=\"" + lang + "\" dir=\"rtl\">"), html);
    }
  }

  /** In a right-to-left memo, the English run is the one isolated; a wholly Arabic one is not. */
  @Test
  void runsOfTheOtherDirectionAreIsolatedOnlyInMixedBlocks() {
    Brief brief = Fixture.brief("عنوان", "ar", "ملخص", "اقتباس");
    String html =
        HtmlWriter.page(Fixture.memo(brief, "# عنوان\n\nقال John Smith، 2025\n\nملخص فقط\n"));
    assertTrue(html.contains("dir=\"auto\">قال <bdi>John Smith</bdi>، 2025</p>"), html);
    assertTrue(html.contains(">ملخص فقط</p>"), html);
  }

  /**
   * A URL a run of the other direction starts with is isolated whole, its last "/" with it, and not
   * the Arabic comma after it; a run that starts inside a URL is isolated alone.
   */
  @Test
  void aUrlIsIsolatedWholeButOnlyFromItsStart() {
    Brief arabic = Fixture.brief("عنوان", "ar", "ملخص", "اقتباس");
    String html =
        HtmlWriter.page(Fixture.memo(arabic, "# عنوان\n\nانظر https://www.reuters.com/a/، ثم\n"));
    assertTrue(html.contains("انظر <bdi>https://www.reuters.com/<wbr>a/</bdi>، ثم"), html);
    String english =
        HtmlWriter.page(
            Fixture.memo(
                Fixture.english(),
                "Lede.\n\nSee https://ar.wikipedia.org/wiki/مصر/history now.\n"));
    assertTrue(english.contains("wiki/<bdi>مصر</bdi>/history now."), english);
  }

  /** The quote reads in its own language, its attribution in the memo's; the comment is gone. */
  @Test
  void aQuoteInAnotherLanguageCarriesItsLang() {
    Brief brief = Fixture.english();
    String html =
        HtmlWriter.page(
            Fixture.memo(brief, "Lede.\n\n<!-- lang ar -->\n> “نحن نرحب”\n>\n> — Spokesperson\n"));
    assertTrue(
        html.contains(
            "<blockquote lang=\"ar\">\n<p dir=\"auto\">“نحن نرحب”</p>\n"
                + "<p class=\"attribution\" lang=\"en\" dir=\"auto\">— Spokesperson</p>\n"
                + "</blockquote>"),
        html);
    assertFalse(html.contains("lang ar"), html);
  }

  @Test
  void everyFamilyAThemeMayNameHasAFontStack() {
    for (String family : dev.brief.theme.Theme.FAMILIES) {
      String stack = HtmlStyle.stack(family);
      assertTrue(stack != null && stack.startsWith("'" + family + "'"), family);
    }
  }
}
