package dev.brief.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The typography pass on Markdown: marks by language and depth, apostrophes, no-break spaces, and
 * everything that is not prose left byte for byte. Expected texts write no-break spaces as {@code
 * ~} (U+00A0) and {@code ^} (U+202F), so a lost or extra one shows.
 */
class TypographyTest {
  private static String apply(String markdown, String lang) {
    return Typography.apply(markdown, lang).replace('\u00A0', '~').replace('\u202F', '^');
  }

  /** Prose cases: what rule, the language, the text typed and the text the memo shows. */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nesting | en | He said \"they call it 'burden sharing' now\". | He said “they call it ‘burden sharing’ now”.",
        "nesting | uk | Він сказав \"це 'перерозподіл' тягаря\". | Він сказав «це „перерозподіл“ тягаря».",
        "nesting | de | Er sagte \"das ist 'Lastenteilung' jetzt\". | Er sagte „das ist ‚Lastenteilung‘ jetzt“.",
        "nesting | fr | Il a dit \"c'est le 'partage' du fardeau\". | Il a dit «^c’est le ‹^partage^› du fardeau^».",
        "nesting | en | \"'Three' deep: \"no\" here\" | “‘Three’ deep: ‘no’ here”",
        "nesting | de-AT | \"Hallo\" | „Hallo“",
        "single | en | has meant 'no' before | has meant ‘no’ before",
        "single | de | hieß schon oft 'nein' | hieß schon oft ‚nein‘",
        "single | en | so 'a \"b\" c' | so ‘a “b” c’",
        "date | en | met on 21 March and on March 22, in 2025 March | met on 21~March and on March~22, in 2025 March",
        "date | de | am 21. März 2025 | am 21.~März 2025",
        "date | uk | 21 березня і в березні 21 року | 21~березня і в березні 21 року",
        "date | fr | le 3 mars | le 3~mars",
        "apostrophe | en | NATO's allies don't wait | NATO’s allies don’t wait",
        "apostrophe | en | in the '90s and '24 | in the ’90s and ’24",
        "apostrophe | en | the allies' plans | the allies’ plans",
        "apostrophe | en | rock 'n' roll | rock ’n’ roll",
        "apostrophe | uk | м'ясо, п'ять, NATO's | мʼясо, пʼять, NATO’s",
        "apostrophe | fr | l'Europe d'aujourd'hui | l’Europe d’aujourd’hui",
        "unit | en | €3 bn, 21 %, 5 km, 40 °C, 2 MW, EUR 3 m, $ 5 | €3~bn, 21~%, 5~km, 40~°C, 2~MW, EUR~3~m, $~5",
        "unit | en | about 200 posts in 2025 by 3 men | about 200 posts in 2025 by 3 men",
        "unit | uk | 3 млрд грн і 150 мільярдів євро, 5 млн | 3~млрд грн і 150~мільярдів євро, 5~млн",
        "unit | de | 3 Mrd. Euro, 21 % | 3~Mrd. Euro, 21~%",
        "unit | fr | 3 milliards d'euros | 3~milliards d’euros",
        "arabic comma | ar | رويترز, https://www.reuters.com/?a=1, end | رويترز، https://www.reuters.com/?a=1, end",
        "arabic comma | ar | نعم? لا; وأيضًا \"كلمة\", ثم [1, 2] و 1,000, | نعم؟ لا؛ وأيضًا «كلمة»، ثم~[1,~2] و 1,000,",
        "arabic comma | fa-IR | بله, خیر | بله، خیر",
        "arabic comma | ar | شكراً, جزيلا; كتبَ? نعم | شكراً، جزيلا؛ كتبَ؟ نعم",
        "arabic comma | ar | NATO, Europe? yes; | NATO, Europe? yes;",
        "arabic comma | en | رويترز, Reuters | رويترز, Reuters",
        "arabic comma | he | כן, לא | כן, לא",
      })
  void prose(String rule, String lang, String in, String out) {
    assertEquals(out, apply(in, lang), rule);
  }

  @Test
  void aStraightQuoteInsideTheTemplatesMarksIsSecondary() {
    assertEquals(
        "> “We call it ‘burden sharing’.”\n", apply("> “We call it \"burden sharing\".”\n", "en"));
    assertEquals("> «Це „перерозподіл“»\n", apply("> «Це \"перерозподіл\"»\n", "uk"));
    assertEquals(
        "1. Reuters, „Die ‚neue‘ NATO“, 2025\n",
        apply("1. Reuters, „Die \"neue\" NATO“, 2025\n", "de"));
  }

  @Test
  void aQuoteOpenInOneParagraphAndClosedInTheNextNestsInEach() {
    assertEquals(
        "> “First ‘a’ one\n>\n> “Second ‘b’ one”\n",
        apply("> “First \"a\" one\n>\n> “Second \"b\" one”\n", "en"));
  }

  @Test
  void codeIsLeftAlone() {
    String md = "Type `\"it's\"` here.\n\n```\nsay \"hi\" 'there'\n```\n\n    indented \"code\"\n";
    assertEquals(md, apply(md, "en"));
    assertEquals("“`x`” and ‘`y`’\n", apply("\"`x`\" and '`y`'\n", "en"));
  }

  @Test
  void urlsLinksAndHtmlAreLeftAlone() {
    String md =
        "See <https://x.org/it's> and [https://x.org/a'b](https://x.org/a'b),"
            + " https://x.org/it's?q=\"a\"&b and <span title=\"t\">it</span>.\n";
    assertEquals(md, apply(md, "en"));
    assertEquals(
        "[“a” link](https://x.org/\"q\" \"it's\")\n",
        apply("[\"a\" link](https://x.org/\"q\" \"it's\")\n", "en"));
  }

  /** The line that gives a quote its lang is HTML: its hyphens and letters stay as typed. */
  @Test
  void aQuotesLangCommentIsLeftAlone() {
    assertEquals(
        "<!-- lang ar-SA -->\n> “x”\n>\n> — It’s me\n",
        apply("<!-- lang ar-SA -->\n> \"x\"\n>\n> — It's me\n", "en"));
  }

  @Test
  void aBackslashEscapedQuoteStaysStraight() {
    assertEquals("5\\\" and \\'x\\' but “y”\n", apply("5\\\" and \\'x\\' but \"y\"\n", "en"));
  }

  @Test
  void aCitationStaysWithItsText() {
    assertEquals(
        "Posts are cut.~[1,~2]\n\n- *Item*~[6]\n\nSee [a] b.\n",
        apply("Posts are cut. [1, 2]\n\n- *Item* [6]\n\nSee [a] b.\n", "en"));
    // Only the last number is held: a long list may still break, but never before "12]".
    assertEquals(
        "Cut.~[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,~12] and [3, x].\n",
        apply("Cut. [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] and [3, x].\n", "en"));
  }

  @Test
  void frenchSpacesBeforeHighPunctuation() {
    assertEquals(
        "**Risques^:** oui^; non^! Vraiment^?! À 12:30 «^ici^» voir https://x.fr/a:b\n",
        apply("**Risques:** oui ; non! Vraiment?! À 12:30 « ici» voir https://x.fr/a:b\n", "fr"));
    assertEquals("Risks: yes; no!\n", apply("Risks: yes; no!\n", "en"));
    String once = Typography.apply("« Oui » : \"non\" ; l'UE !\n", "fr");
    assertEquals(once, Typography.apply(once, "fr"), "a second pass changes nothing");
  }

  @Test
  void everythingElseIsByteIdentical() {
    String md =
        "# Title\n\n15 February 2025 · Unit\n\n> “Quote”\n>\n> — Name, Role [1]\n\n"
            + "## Sources\n\n1. Reuters, [https://www.reuters.com/](https://www.reuters.com/)\n";
    assertEquals(md.replace(" [1]", "~[1]").replace("15 February", "15~February"), apply(md, "en"));
  }

  @Test
  void rightToLeftTextEndsBeforeANumberInALeftToRightMemo() {
    // Without the mark, the bidirectional algorithm takes "”, 21" into the Arabic run.
    assertEquals(
        "1. Al Jazeera, “أوروبا تستعد”\u200E, 21\u00A0March 2025\n",
        Typography.apply("1. Al Jazeera, “أوروبا تستعد”, 21 March 2025\n", "en"));
    assertEquals(
        "The word (بيان)\u200E 3 times, and “שלום” here.\n",
        Typography.apply("The word (بيان) 3 times, and “שלום” here.\n", "en"));
    String arabic = "نص “أوروبا”, 21 مارس\n";
    // No mark in a right-to-left memo; the date's no-break space, and the Arabic comma.
    assertEquals(
        arabic.replace("21 ", "21\u00A0").replace("”,", "”،"), Typography.apply(arabic, "ar"));
  }

  @Test
  void plainTextGetsTheSameTypography() {
    assertEquals("NATO’s “burden sharing”", Typography.text("NATO's \"burden sharing\"", "en"));
    assertEquals("„Lastenteilung“", Typography.text("\"Lastenteilung\"", "de"));
  }

  @Test
  void aLongRunOfLettersTakesLinearTime() {
    // A day-and-month scan that backtracked over each word took seconds on one 500 KB word.
    String word = "a".repeat(200_000);
    long start = System.nanoTime();
    String out = Typography.apply(word + " x 21 and March " + word + " y\n", "en");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(true, out.contains(" x 21 and March "), "ran");
    assertEquals(true, millis < 1500, "took " + millis + " ms");
  }
}
