package dev.brief.write.html;

import dev.brief.layout.Layout;
import dev.brief.write.UrlBreaks;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes text so that the browser sets it the way it reads. In a block that mixes scripts, each run
 * of the direction opposite to the memo's (an Arabic name or quote in an English memo) is isolated
 * in {@code <bdi>}, so it cannot pull the date, number or punctuation beside it to its side; a
 * block wholly in the other direction is left to its {@code dir="auto"}. Inside URLs, {@code <wbr>}
 * marks the places a line may break ({@link UrlBreaks}).
 */
final class IsolatedText implements NodeRenderer {
  private final HtmlWriter html;
  private final boolean rightToLeft;
  private final Map<Node, Boolean> mixed = new IdentityHashMap<>();

  IsolatedText(HtmlNodeRendererContext context, boolean rightToLeft) {
    this.html = context.getWriter();
    this.rightToLeft = rightToLeft;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Text.class);
  }

  @Override
  public void render(Node node) {
    String text = ((Text) node).getLiteral();
    if (!mixed.computeIfAbsent(block(node), b -> bothDirections(Layout.plainText(b)))) {
      withBreaks(text);
      return;
    }
    int at = 0;
    while (at < text.length()) {
      int start = at;
      while (start < text.length() && !opposite(text.charAt(start))) {
        start++;
      }
      withBreaks(text.substring(at, start));
      if (start == text.length()) {
        return;
      }
      int end = start + 1; // the run goes on to its last strong character before one of ours
      for (int i = end; i < text.length() && !ours(text.charAt(i)); i++) {
        end = opposite(text.charAt(i)) ? i + 1 : end;
      }
      end = Math.max(end, urlEnd(text, start));
      html.raw("<bdi>");
      withBreaks(text.substring(start, end));
      html.raw("</bdi>");
      at = end;
    }
  }

  /**
   * The end of the URL that starts at {@code at}, else -1: a URL is isolated whole, or the slash
   * that ends "https://www.reuters.com/", neutral, would stand at its other end in a right-to-left
   * line. A run that starts inside a URL (an Arabic path segment in an English memo) is not
   * stretched to the URL's end, which would isolate the Latin rest with it.
   */
  private static int urlEnd(String text, int at) {
    Matcher url = UrlBreaks.URL.matcher(text);
    while (url.find()) {
      if (url.start() == at) {
        return url.end();
      }
    }
    return -1;
  }

  private void withBreaks(String text) {
    Matcher url = UrlBreaks.URL.matcher(text);
    int at = 0;
    while (url.find()) {
      html.text(text.substring(at, url.start()));
      int from = url.start();
      for (int point : UrlBreaks.points(url.group())) {
        segment(text.substring(from, url.start() + point + 1));
        html.raw("<wbr>");
        from = url.start() + point + 1;
      }
      segment(text.substring(from, url.end()));
      at = url.end();
    }
    html.text(text.substring(at));
  }

  /** A part of a URL between break marks; one with a hyphen is kept whole, not broken after it. */
  private void segment(String part) {
    if (part.indexOf('-') < 0) {
      html.text(part);
      return;
    }
    html.raw("<span class=\"nobr\">");
    html.text(part);
    html.raw("</span>");
  }

  private static Node block(Node node) {
    Node block = node;
    while (block.getParent() != null && !(block instanceof Paragraph || block instanceof Heading)) {
      block = block.getParent();
    }
    return block;
  }

  private boolean bothDirections(String text) {
    boolean left = false;
    boolean right = false;
    for (int i = 0; i < text.length() && !(left && right); i++) {
      left |= isLeftToRight(text.charAt(i));
      right |= isRightToLeft(text.charAt(i));
    }
    return left && right;
  }

  private boolean opposite(char c) {
    return rightToLeft ? isLeftToRight(c) : isRightToLeft(c);
  }

  private boolean ours(char c) {
    return rightToLeft ? isRightToLeft(c) : isLeftToRight(c);
  }

  private static boolean isLeftToRight(char c) {
    return Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
  }

  private static boolean isRightToLeft(char c) {
    byte d = Character.getDirectionality(c);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }
}
