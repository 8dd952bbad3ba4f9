package dev.brief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import org.junit.jupiter.api.Test;

/**
 * The escaping GitHub's workflow command docs ask for: in data (the message) {@code %}, CR and LF
 * become {@code %25}, {@code %0D} and {@code %0A}; in a property (file, title) {@code :} and {@code
 * ,} also become {@code %3A} and {@code %2C}. {@code %} goes first, so no escape is escaped twice.
 */
class GithubReportTest {
  @Test
  void dataEscapesPercentAndLineBreaksOnly() {
    assertEquals("100%25 a%0Db%0Ac: d, e", GithubReport.escapeData("100% a\rb\nc: d, e"));
    assertEquals("%250A", GithubReport.escapeData("%0A"));
  }

  @Test
  void propertiesAlsoEscapeColonAndComma() {
    assertEquals("C%3A/a%2Cb%25%0D%0A.yaml", GithubReport.escapeProperty("C:/a,b%\r\n.yaml"));
  }

  @Test
  void aCommandEscapesEachPartAsItsPlaceRequires() {
    Diagnostic d =
        Diagnostic.warning("a:b,c.yaml", 3, 7, Rule.UNUSED_SOURCE, "x", "50% done, see: x");
    assertEquals(
        "::warning file=a%3Ab%2Cc.yaml,line=3,col=7,title=brief unused-source::50%25 done, see: x",
        new GithubReport().line(d, false));
  }
}
