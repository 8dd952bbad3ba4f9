package dev.brief.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.junit.jupiter.api.Test;

class LayoutTest {
  private static final String MEMO =
      String.join(
          "\n",
          "# Title",
          "",
          "21 March 2025",
          "",
          "The lede.",
          "",
          "<!-- lang ar -->",
          "> “نحن نرحب”",
          ">",
          "> — Spokesperson",
          "",
          "> “Not marked”",
          ">",
          "> — Someone",
          "");

  @Test
  void aLangCommentIsNoBlockAndGivesTheQuoteItsLanguage() {
    Layout layout = Layout.of(MEMO);
    List<Block> blocks = layout.blocks();
    assertEquals(
        List.of(Kind.TITLE, Kind.META, Kind.LEDE, Kind.QUOTE, Kind.QUOTE),
        blocks.stream().map(Block::kind).toList());
    assertEquals(
        List.of(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("ar"),
            Optional.empty()),
        blocks.stream().map(Block::lang).toList());
    assertEquals(0, htmlBlocks(layout), "the comment is taken out of the document");
  }

  /**
   * The comment goes before anything looks at neighbours: the lead-in still keeps with its list.
   */
  @Test
  void aLangCommentDoesNotSeparateALeadInFromItsList() {
    Layout layout = Layout.of("Lead-in:\n\n<!-- lang fr-CA -->\n- un\n- deux\n");
    assertEquals(2, layout.blocks().size());
    assertTrue(layout.blocks().get(0).keepWithNext());
    assertEquals(Optional.of("fr-CA"), layout.blocks().get(1).lang());
  }

  /** Only the exact comment with a well-formed tag counts; other HTML stays literal text. */
  @Test
  void otherCommentsAreLeftAsTyped() {
    for (String html :
        List.of(
            "<!-- lang en_US! -->",
            "<!-- lang ar --> and more",
            "<!--lang ar-->",
            "<!-- lang ar\" onload=\"x -->",
            "<!-- language ar -->")) {
      Layout layout = Layout.of(html + "\n> “Quoted”\n");
      assertEquals(Kind.CODE, layout.blocks().get(0).kind(), html);
      assertEquals(Optional.empty(), layout.blocks().get(0).lang(), html);
      assertTrue(
          layout.blocks().stream().allMatch(b -> b.lang().isEmpty()), "no lang from " + html);
      assertEquals(1, htmlBlocks(layout), html);
    }
  }

  private static int htmlBlocks(Layout layout) {
    int[] count = {0};
    layout
        .document()
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(HtmlBlock html) {
                count[0]++;
              }
            });
    return count[0];
  }
}
