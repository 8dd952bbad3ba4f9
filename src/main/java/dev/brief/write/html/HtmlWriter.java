package dev.brief.write.html;

import dev.brief.language.Direction;
import dev.brief.layout.Block;
import dev.brief.layout.Kind;
import dev.brief.layout.Layout;
import dev.brief.model.Brief;
import dev.brief.write.Memo;
import dev.brief.write.Output;
import dev.brief.write.Writer;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The memo as one standalone HTML page, from the same layout as the PDF and styled from the same
 * theme. HTML typed in a brief is escaped, never passed through. Pure and thread-safe.
 */
public final class HtmlWriter implements Writer {
  @Override
  public Output write(Memo memo) {
    return Output.of(page(memo).getBytes(StandardCharsets.UTF_8));
  }

  static String page(Memo memo) {
    Brief brief = memo.brief();
    Layout layout = memo.layout();
    boolean rightToLeft = Direction.isRightToLeft(brief.lang());
    String body =
        HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new MemoClasses(layout, brief.lang()))
            .nodeRendererFactory(context -> new IsolatedText(context, rightToLeft))
            .build()
            .render(layout.document());
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(brief.lang()))
        .append("\" dir=\"")
        .append(rightToLeft ? "rtl" : "ltr")
        .append("\">\n")
        .append("<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(brief.title()))
        .append("</title>\n");
    brief
        .author()
        .ifPresent(
            a -> html.append("<meta name=\"author\" content=\"").append(escape(a)).append("\">\n"));
    html.append("<style>\n")
        .append(HtmlStyle.css(memo.theme()))
        .append("</style>\n</head>\n<body>\n");
    html.append("<main>\n");
    brief
        .classification()
        .ifPresent(
            c ->
                html.append("<p class=\"classification\" dir=\"auto\">")
                    .append(escape(c))
                    .append("</p>\n"));
    html.append(body).append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /**
   * Classes for the parts of the memo the PDF styles apart (date line, lede, attribution), {@code
   * dir="auto"} on each block of text, so a paragraph wholly in another script runs its own way,
   * and {@code lang} on a quote in another language. That quote's attribution is in the memo's
   * language, so it gets the memo's {@code lang} back.
   */
  private static final class MemoClasses implements AttributeProvider {
    private static final Map<Kind, String> CLASSES =
        Map.of(Kind.META, "meta", Kind.LEDE, "lede", Kind.ATTRIBUTION, "attribution");

    private final Layout layout;
    private final String memoLang;
    private final Map<Node, String> langs = new IdentityHashMap<>();

    MemoClasses(Layout layout, String memoLang) {
      this.layout = layout;
      this.memoLang = memoLang;
      for (Block block : layout.blocks()) {
        block.lang().ifPresent(lang -> langs.put(block.node(), lang));
      }
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Paragraph) {
        Optional<Kind> kind = layout.kindOf(node);
        kind.map(CLASSES::get).ifPresent(c -> attributes.put("class", c));
        if (kind.equals(Optional.of(Kind.ATTRIBUTION)) && langs.containsKey(node.getParent())) {
          attributes.put("lang", memoLang);
        }
      }
      if (node instanceof BlockQuote && langs.containsKey(node)) {
        attributes.put("lang", langs.get(node));
      }
      if (node instanceof Paragraph || node instanceof Heading || node instanceof ListItem) {
        attributes.put("dir", "auto");
      }
    }
  }
}
