package dev.brief.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UrlBreaksTest {
  /** The URL with a | at every place a line may break. */
  private static String marked(String url) {
    StringBuilder out = new StringBuilder(url);
    int[] points = UrlBreaks.points(url);
    for (int i = points.length - 1; i >= 0; i--) {
      out.insert(points[i] + 1, '|');
    }
    return out.toString();
  }

  @Test
  void breaksAfterSlashesAndBeforeQueryParts() {
    assertEquals(
        "https://www.example-site.org/|policy-papers/|2025|?id|=42|&lang|=en|#top",
        marked("https://www.example-site.org/policy-papers/2025?id=42&lang=en#top"));
  }

  @Test
  void neverInsideOrRightAfterTheSchemeOrWww() {
    assertEquals("https://example.com", marked("https://example.com"));
    assertEquals("http://www.x.org/|a", marked("http://www.x.org/a"));
    assertEquals("www.x.org/|a", marked("www.x.org/a"));
    assertEquals("mailto:desk@example.org", marked("mailto:desk@example.org"));
    assertEquals("https://?a", marked("https://?a"));
    assertEquals("(https://x.org/|a)", marked("(https://x.org/a)"));
  }

  @Test
  void neverAtAHyphenOrDotAndNotInsideADoubleSlash() {
    assertEquals("https://a.b/|well-known.html", marked("https://a.b/well-known.html"));
    assertEquals("https://a.b//|c", marked("https://a.b//c"));
  }

  @Test
  void theUrlIsTheWordAroundThePlaceInLongerText() {
    char[] text = "see https://x.org/a".toCharArray();
    assertFalse(UrlBreaks.breaksAfter(text, 0, text.length, "see https:/".length() - 1));
    assertFalse(UrlBreaks.breaksAfter(text, 0, text.length, "see https://".length() - 1));
    assertTrue(UrlBreaks.breaksAfter(text, 0, text.length, "see https://x.org/".length() - 1));
  }

  @Test
  void recognisesUrlsWithoutTheirTrailingPunctuation() {
    assertTrue(UrlBreaks.isUrl("https://x.org"));
    assertFalse(UrlBreaks.isUrl("the report"));
    var m = UrlBreaks.URL.matcher("(see https://x.org/a.)");
    assertTrue(m.find());
    assertEquals("https://x.org/a", m.group());
  }

  @Test
  void aHostileAddressTakesLinearTime() {
    // 200,000 characters, a break point at every other one: scanned back to the start at each,
    // this took minutes.
    String url = "https://example.com/" + "a/".repeat(100_000);
    int[] points = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> UrlBreaks.points(url));
    assertEquals(100_000, points.length);
    assertEquals(url.indexOf("m/"), points[0] - 1, "the first after the host");
  }
}
