package dev.brief.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.model.Brief;
import dev.brief.model.Point;
import dev.brief.model.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The block structure of every golden case, read back with commonmark-java: exactly the memo's
 * blocks in the memo's order, whatever the brief's text holds. This is what catches a blank line
 * eaten by Mustache's standalone-tag rule (two blocks merging) as well as user text that escaped.
 */
class MemoStructureTest {
  static Stream<Path> cases() throws Exception {
    List<Path> all = new ArrayList<>(GoldenTest.yamlFiles(GoldenTest.CASES));
    all.addAll(GoldenTest.yamlFiles(GoldenTest.BRIEFS));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void memoHasTheReferenceBlocksInOrder(Path yaml) throws Exception {
    Brief brief = TestBriefs.read(yaml);
    Document doc = (Document) Ast.parse(Composer.compose(brief, Template.builtIn()));

    // The one HTML the template writes: a quote's lang, as a comment line before it (see quotes).
    long langs =
        Stream.of(brief.position(), brief.proposals())
            .flatMap(s -> s.quotes().stream())
            .filter(q -> q.lang().isPresent())
            .count();
    assertEquals(langs, Ast.all(doc, HtmlBlock.class).size(), "HtmlBlock in output");
    for (Class<? extends Node> forbidden :
        List.of(
            HtmlInline.class,
            FencedCodeBlock.class,
            IndentedCodeBlock.class,
            ThematicBreak.class,
            LinkReferenceDefinition.class)) {
      assertEquals(List.of(), Ast.all(doc, forbidden), forbidden.getSimpleName() + " in output");
    }

    List<Node> blocks = Ast.children(doc);
    Cursor at = new Cursor(blocks);
    at.heading(1, brief.title().strip());
    at.paragraph(); // date, author, classification
    at.paragraphs(paragraphCount(brief.position().summary()));
    at.quotes(brief.position().quotes());
    at.heading(2, null);
    at.paragraphs(paragraphCount(brief.proposals().summary()));
    at.quotes(brief.proposals().quotes());
    at.heading(2, null);
    at.paragraphs(brief.facts().stream().mapToInt(p -> paragraphCount(p.text())).sum());
    at.heading(2, null);
    at.labelled(brief.positives());
    at.labelled(brief.risks());
    at.heading(2, null);
    at.paragraphs(paragraphCount(brief.conclusion()));
    if (!brief.sources().isEmpty()) {
      at.heading(2, null);
      OrderedList list = assertInstanceOf(OrderedList.class, at.next());
      assertEquals(brief.sources().size(), Ast.children(list).size());
      for (Node item : Ast.children(list)) {
        assertEquals(1, Ast.children(assertInstanceOf(ListItem.class, item)).size());
      }
    }
    assertEquals(blocks.size(), at.index, "unexpected blocks after the memo");
    long lists = Stream.of(brief.positives(), brief.risks()).filter(p -> p.size() > 1).count();
    assertEquals(lists, Ast.all(doc, BulletList.class).size(), "bullet lists in output");
  }

  static int paragraphCount(String text) {
    return MarkdownText.paragraphs(text).size();
  }

  /** Walks the top-level blocks, failing with the block's text when one is not as expected. */
  static final class Cursor {
    final List<Node> blocks;
    int index;

    Cursor(List<Node> blocks) {
      this.blocks = blocks;
    }

    Node next() {
      assertTrue(index < blocks.size(), "memo ends early after block " + index);
      return blocks.get(index++);
    }

    void heading(int level, String text) {
      Node node = next();
      Heading heading = assertInstanceOf(Heading.class, node, () -> describe(node));
      assertEquals(level, heading.getLevel(), () -> describe(node));
      if (text != null) {
        assertEquals(text, Ast.text(heading));
      }
    }

    void paragraph() {
      Node node = next();
      assertInstanceOf(Paragraph.class, node, () -> describe(node));
    }

    void paragraphs(int count) {
      for (int i = 0; i < count; i++) {
        paragraph();
      }
    }

    /** One point runs on after its label; several are a label paragraph, then a bullet list. */
    void labelled(List<Point> points) {
      if (points.size() == 1) {
        paragraphs(paragraphCount(points.get(0).text()));
        return;
      }
      paragraph();
      Node node = next();
      BulletList list = assertInstanceOf(BulletList.class, node, () -> describe(node));
      List<Node> items = Ast.children(list);
      assertEquals(points.size(), items.size(), () -> describe(node));
      for (int i = 0; i < items.size(); i++) {
        List<Node> parts = Ast.children(assertInstanceOf(ListItem.class, items.get(i)));
        assertEquals(paragraphCount(points.get(i).text()), parts.size(), () -> describe(node));
        parts.forEach(p -> assertInstanceOf(Paragraph.class, p, () -> describe(p)));
      }
    }

    /** Each quote a block quote, after the comment line that gives its lang if it has one. */
    void quotes(List<Quote> quotes) {
      for (Quote q : quotes) {
        if (q.lang().isPresent()) {
          Node node = next();
          HtmlBlock comment = assertInstanceOf(HtmlBlock.class, node, () -> describe(node));
          assertEquals("<!-- lang " + q.lang().get() + " -->", comment.getLiteral().strip());
        }
        Node node = next();
        BlockQuote quote = assertInstanceOf(BlockQuote.class, node, () -> describe(node));
        List<Node> parts = Ast.children(quote);
        assertTrue(parts.size() >= 2, "a quote needs text and attribution");
        parts.forEach(p -> assertInstanceOf(Paragraph.class, p, () -> describe(p)));
        String attribution = Ast.text(parts.get(parts.size() - 1));
        assertTrue(attribution.startsWith("— "), "attribution: " + attribution);
      }
    }

    String describe(Node node) {
      return "block " + index + " is " + node.getClass().getSimpleName() + ": " + Ast.text(node);
    }
  }
}
