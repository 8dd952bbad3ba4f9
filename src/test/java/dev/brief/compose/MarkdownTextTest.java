package dev.brief.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Brief text through {@link MarkdownText}, read back with commonmark-java. */
class MarkdownTextTest {
  /** One paragraph whose visible text is exactly what was typed. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "# not a heading",
        "###### not a heading",
        "#hashtag",
        "- not a list",
        "-",
        "+ not a list",
        "* not a list",
        "> not a quote",
        ">",
        "1. not a list",
        "1) not a list",
        "123456789. not a list",
        "| not | a table |",
        "```",
        "```java",
        "~~~",
        "===",
        "=",
        "---",
        "--",
        "***",
        "* * *",
        "_ _ _",
        "___",
        "[ref]: https://example.com/",
        "[^note]: not a footnote",
        "<div>not html</div>",
        "<script>alert(1)</script>",
        "<!-- comment -->",
        "<?php echo 1; ?>",
        "<![CDATA[ x ]]>",
        "a <b>bold</b> tag",
        "&copy; &amp; &#169; &#xA9;",
        "AT&T",
        "{{title}} {{{raw}}} {{#s}}x{{/s}} {{> partial}}",
        "ends with a hash #",
        "ends with hashes ###",
        "C# and F#",
        "\\ backslash alone",
        "    four spaces",
        "\ttab",
        "a < b > c",
        "email <someone@example.com>",
        "javascript <javascript:alert(1)>",
      })
  void blockMarkersAndHtmlStayText(String typed) {
    Node doc = Ast.parse(MarkdownText.escape(typed));
    List<Node> blocks = Ast.children(doc);
    assertEquals(1, blocks.size(), () -> "blocks for " + typed);
    assertInstanceOf(Paragraph.class, blocks.get(0), typed);
    assertEquals(typed.strip(), Ast.text(blocks.get(0)));
    assertEquals(List.of(), Ast.all(doc, HtmlInline.class));
  }

  @Test
  void inlineMarkdownSurvives() {
    Node doc =
        Ast.parse(
            MarkdownText.escape(
                "*em* **strong** `a <b> & {{x}}` [link](https://example.com/?a=1&b=2 \"t\")"
                    + " <https://example.org/x?y=1&z=2>"));
    assertEquals("em", Ast.text(Ast.all(doc, Emphasis.class).get(0)));
    assertEquals("strong", Ast.text(Ast.all(doc, StrongEmphasis.class).get(0)));
    assertEquals("a <b> & {{x}}", Ast.all(doc, Code.class).get(0).getLiteral());
    List<Link> links = Ast.all(doc, Link.class);
    assertEquals("https://example.com/?a=1&b=2", links.get(0).getDestination());
    assertEquals("t", links.get(0).getTitle());
    assertEquals("https://example.org/x?y=1&z=2", links.get(1).getDestination());
  }

  /**
   * A link that leads anywhere but the web or mail, and any image, prints as typed: the Markdown is
   * a product too, and a reader of it may not sanitize what the HTML writer does.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "[click](javascript:alert(1))",
        "[click](JavaScript:alert(1))",
        "[click]( javascript:alert(1) )",
        "[click](vbscript:msgbox)",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[passwords](file:///etc/passwd)",
        "[relative](/admin)",
        "[scheme-relative](//evil.example/)",
        "[spoofed](https:evil)",
        "[x](javascript:a \"title\")",
        "![pixel](https://evil.example/pixel.png)",
        "![](https://evil.example/pixel.png)",
        "![x](javascript:alert(1))",
        "Wow![x](https://example.com/)",
      })
  void onlyWebAndMailLinksSurvive(String typed) {
    Node doc = Ast.parse(MarkdownText.escape(typed));
    assertEquals(List.of(), Ast.all(doc, Link.class), typed);
    assertEquals(List.of(), Ast.all(doc, Image.class), typed);
    assertEquals(typed, Ast.text(doc));
  }

  @Test
  void webAndMailLinksSurvive() {
    Node doc =
        Ast.parse(
            MarkdownText.escape(
                "[a](https://example.com/) [b](HTTP://example.com/x_(y)) [c](mailto:a@example.com)"
                    + " [d]( <https://example.com/d> ) [e [f](javascript:x)](https://example.com/e)"));
    assertEquals(
        List.of(
            "https://example.com/",
            "HTTP://example.com/x_(y)",
            "mailto:a@example.com",
            "https://example.com/d",
            "https://example.com/e"),
        Ast.all(doc, Link.class).stream().map(Link::getDestination).toList());
    assertEquals("e [f](javascript:x)", Ast.text(Ast.all(doc, Link.class).get(4)));
  }

  /**
   * A template places several values on one line (author and classification, a source's name and
   * title): a backtick left open or a backslash at the end of one value must not reach into the
   * next.
   */
  @Test
  void valuesSideBySideKeepTheirText() {
    String[][] lines = { // value, template text, value
      {"O`Brien", " · ", "x`y"},
      {"a ``b", " · ", "c`` d"},
      {"Name \\", ", ", "Title"},
      {"Risks \\", ":", ""},
    };
    for (String[] line : lines) {
      String typed = line[0] + line[1] + line[2];
      String md = MarkdownText.escape(line[0]) + line[1] + MarkdownText.escape(line[2]);
      assertEquals(typed, Ast.text(Ast.parse(md)), () -> "markdown: " + md);
    }
  }

  @Test
  void blankLinesSeparateParagraphsAndSingleNewlinesJoin() {
    assertEquals(List.of("a b", "c"), MarkdownText.paragraphs("a\nb\n\n\n  \t\nc\n"));
    assertEquals(List.of("a b"), MarkdownText.paragraphs("  a  \r\n  b  "));
    assertEquals(List.of(), MarkdownText.paragraphs(" \n\n "));
    Node doc = Ast.parse(MarkdownText.escape("one\n# two\n\n- three\nfour"));
    List<Node> blocks = Ast.children(doc);
    assertEquals(2, blocks.size());
    assertEquals("one # two", Ast.text(blocks.get(0)));
    assertEquals("- three four", Ast.text(blocks.get(1)));
  }

  @Test
  void headingContentKeepsTrailingHashes() {
    Heading heading =
        assertInstanceOf(
            Heading.class, Ast.children(Ast.parse("# " + MarkdownText.escape("Learn C #"))).get(0));
    assertEquals("Learn C #", Ast.text(heading));
  }

  @Test
  void unmatchedBackticksStayLiteral() {
    String typed = "``` not a span ` nor this ``";
    assertEquals(typed, Ast.text(Ast.parse(MarkdownText.escape(typed))));
  }

  /** Random mixtures of hostile fragments still give only paragraphs of the typed text. */
  @Test
  void hostileMixturesOnlyMakeParagraphs() {
    String[] fragments = {
      "# h",
      "## h",
      "- l",
      "+ l",
      "* l",
      "> q",
      "1. o",
      "2) o",
      "| t |",
      "~~~",
      "===",
      "---",
      "* * *",
      "[r]: /u",
      "<div>",
      "</div>",
      "<b>",
      "&copy;",
      "{{x}}",
      "{{{y}}}",
      "text",
      "#",
      "-",
      "    indented",
      "\t tab",
      "<!--",
      "-->",
      "<?php",
      "10)",
      "\\",
      "&#65;",
      "<a href=x>",
      "[a](javascript:x)",
      "![i](https://example.com/p.png)",
      "]",
      "(data:x)",
      "x\\"
    };
    String[] separators = {" ", "\n", "\n\n", "\n \n"};
    Random random = new Random(20250215);
    for (int run = 0; run < 2000; run++) {
      StringBuilder typed = new StringBuilder();
      int count = 1 + random.nextInt(6);
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          typed.append(separators[random.nextInt(separators.length)]);
        }
        typed.append(fragments[random.nextInt(fragments.length)]);
      }
      String input = typed.toString();
      List<String> expected = new ArrayList<>(MarkdownText.paragraphs(input));
      Node doc = Ast.parse(MarkdownText.escape(input));
      List<String> actual = new ArrayList<>();
      for (Node block : Ast.children(doc)) {
        assertInstanceOf(Paragraph.class, block, () -> "input: " + input);
        actual.add(Ast.text(block));
      }
      assertEquals(expected, actual, () -> "input: " + input);
      assertEquals(List.of(), Ast.all(doc, HtmlInline.class), () -> "input: " + input);
      assertEquals(List.of(), Ast.all(doc, HtmlBlock.class), () -> "input: " + input);
      assertEquals(List.of(), Ast.all(doc, Link.class), () -> "input: " + input);
      assertEquals(List.of(), Ast.all(doc, Image.class), () -> "input: " + input);
    }
  }
}
