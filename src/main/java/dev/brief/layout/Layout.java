package dev.brief.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The memo's shape, recognised once for every writer: the composed Markdown's top-level blocks,
 * each with its {@link Kind} and page-break hints. The title, if the memo opens with one, is
 * followed by the date line, then the lede, whose paragraphs run up to the first other block; any
 * other block ends that opening (a custom template may put anything there). An ordered list that
 * ends the memo right after a heading is its sources.
 *
 * <p>A line {@code <!-- lang TAG -->} (an HTML block holding just that comment, TAG a language tag)
 * is not a block: it gives the block after it its {@link Block#lang()} and is taken out of the
 * document, so neither the HTML nor the PDF prints it. The built-in template writes one before each
 * quote with a {@code lang}. Immutable once made; the Markdown nodes it holds must not be changed.
 */
public final class Layout {
  /** Paragraphs and lists up to this many lines are never split: no lone first or last line. */
  static final int PARAGRAPH_KEEP_LINES = 5;

  /** A pull quote up to this many lines, attribution included, stays on one page. */
  static final int QUOTE_KEEP_LINES = 10;

  private static final Parser PARSER = Parser.builder().build();

  /** The comment that sets the next block's language; the tag in the form the schema allows. */
  private static final Pattern LANG_COMMENT =
      Pattern.compile("<!-- lang ([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*) -->\\n?");

  private final Node document;
  private final List<Block> blocks;
  private final Map<Node, Kind> kinds;

  private Layout(Node document, List<Block> blocks, Map<Node, Kind> kinds) {
    this.document = document;
    this.blocks = List.copyOf(blocks);
    this.kinds = Collections.unmodifiableMap(kinds);
  }

  /** The layout of composed CommonMark text. */
  public static Layout of(String markdown) {
    Node document = PARSER.parse(markdown);
    List<Block> blocks = new ArrayList<>();
    Map<Node, Kind> kinds = new IdentityHashMap<>();
    Map<Node, String> langs = takeLangComments(document);
    Kind opening = null;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      Kind kind = kind(node, blocks.isEmpty(), node instanceof Paragraph ? opening : null);
      // The lede runs on over its paragraphs, up to the first block of another kind.
      opening =
          kind == Kind.TITLE
              ? Kind.META
              : kind == Kind.META || kind == Kind.LEDE ? Kind.LEDE : null;
      blocks.add(
          new Block(
              kind,
              node,
              introduces(node),
              unbrokenLines(node),
              Optional.ofNullable(langs.get(node))));
      kinds.put(node, kind);
    }
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(BlockQuote quote) {
            Node last = quote.getLastChild();
            if (last != null && isAttribution(last)) {
              kinds.put(last, Kind.ATTRIBUTION);
            }
            visitChildren(quote);
          }
        });
    return new Layout(document, blocks, kinds);
  }

  /** The parsed Markdown document the blocks belong to. */
  public Node document() {
    return document;
  }

  /** The top-level blocks in reading order. */
  public List<Block> blocks() {
    return blocks;
  }

  /** The kind of a top-level block or of a pull quote's attribution; empty for other nodes. */
  public Optional<Kind> kindOf(Node node) {
    return Optional.ofNullable(kinds.get(node));
  }

  /**
   * Takes the {@code <!-- lang TAG -->} lines out of the document before anything looks at its
   * blocks (so a lead-in paragraph still sees the list after it): each block they stood before,
   * with its tag.
   */
  private static Map<Node, String> takeLangComments(Node document) {
    Map<Node, String> langs = new IdentityHashMap<>();
    for (Node node = document.getFirstChild(), next; node != null; node = next) {
      next = node.getNext();
      Matcher comment =
          node instanceof HtmlBlock html ? LANG_COMMENT.matcher(html.getLiteral()) : null;
      if (comment != null && comment.matches()) {
        node.unlink();
        if (next != null) {
          langs.put(next, comment.group(1));
        }
      }
    }
    return langs;
  }

  private static Kind kind(Node node, boolean first, Kind opening) {
    if (node instanceof Heading h) {
      return h.getLevel() == 1 && first ? Kind.TITLE : Kind.HEADING;
    } else if (opening != null) {
      return opening;
    } else if (node instanceof BlockQuote) {
      return Kind.QUOTE;
    } else if (node instanceof ListBlock) {
      return isSources(node) ? Kind.SOURCES : Kind.LIST;
    } else if (node instanceof FencedCodeBlock
        || node instanceof IndentedCodeBlock
        || node instanceof HtmlBlock) {
      return Kind.CODE;
    } else if (node instanceof ThematicBreak) {
      return Kind.RULE;
    }
    return Kind.PARAGRAPH;
  }

  private static boolean isSources(Node list) {
    return list instanceof OrderedList
        && list.getNext() == null
        && list.getPrevious() instanceof Heading;
  }

  /** A heading, or a lead-in paragraph (one followed by a list), stays with what follows. */
  private static boolean introduces(Node node) {
    return node instanceof Heading
        || (node instanceof Paragraph && node.getNext() instanceof ListBlock);
  }

  private static int unbrokenLines(Node node) {
    if (node instanceof Heading) {
      return Integer.MAX_VALUE;
    }
    return node instanceof BlockQuote ? QUOTE_KEEP_LINES : PARAGRAPH_KEEP_LINES;
  }

  /**
   * Whether a quote's paragraph is its attribution: the last one, starting with a dash and a space
   * ("— Name, Role"). A hyphen does not count: quoted text may start with one.
   */
  private static boolean isAttribution(Node paragraph) {
    return paragraph instanceof Paragraph
        && paragraph.getNext() == null
        && paragraph.getPrevious() != null
        && plainText(paragraph).matches("^[—―] .*");
  }

  /** The text of a node without markup, for outline titles and the attribution check. */
  /**
   * Markdown as a reader sees it, without its syntax ({@code a *bold* move} reads {@code a bold
   * move}), its paragraphs joined by spaces: for where no Markdown is drawn, such as a running
   * header or the document's title in its metadata.
   */
  public static String plainText(String markdown) {
    List<String> paragraphs = new ArrayList<>();
    for (Node block = PARSER.parse(markdown).getFirstChild();
        block != null;
        block = block.getNext()) {
      paragraphs.add(plainText(block).strip());
    }
    return String.join(" ", paragraphs);
  }

  public static String plainText(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }

          @Override
          public void visit(HtmlInline html) {
            out.append(html.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
          }
        });
    return out.toString();
  }
}
