package dev.brief.typeset;

import dev.brief.model.Brief;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The memo as one standalone HTML page, from the same Markdown as the PDF and styled from the same
 * theme. HTML typed in a brief is escaped, never passed through. Pure and thread-safe.
 */
public final class HtmlWriter {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .attributeProviderFactory(context -> new MemoClasses())
          .build();

  private HtmlWriter() {}

  public static String write(String markdown, Brief brief, Theme theme) {
    String body = RENDERER.render(PARSER.parse(markdown));
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(brief.lang()))
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
    html.append("<style>\n").append(HtmlStyle.css(theme)).append("</style>\n</head>\n<body>\n");
    html.append("<main>\n");
    brief
        .classification()
        .ifPresent(
            c -> html.append("<p class=\"classification\">").append(escape(c)).append("</p>\n"));
    html.append(body).append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Classes for the parts of the memo the PDF styles apart: date line, lede, attribution. */
  private static final class MemoClasses implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (!(node instanceof Paragraph)) {
        return;
      }
      if (Blocks.isAttribution(node)) {
        attributes.put("class", "attribution");
      } else if (node.getPrevious() instanceof Heading h && h.getLevel() == 1) {
        attributes.put("class", "meta");
      } else if (node.getPrevious() instanceof Paragraph
          && node.getPrevious().getPrevious() instanceof Heading h
          && h.getLevel() == 1) {
        attributes.put("class", "lede");
      }
    }
  }
}
