package dev.brief.write.html;

import dev.brief.theme.Role;
import dev.brief.theme.TextStyle;
import dev.brief.theme.Theme;
import java.util.Locale;
import java.util.Map;

/** The theme as a style sheet, so the HTML page looks like the PDF on screen and in print. */
final class HtmlStyle {
  /** Stacks with metric-compatible system fonts, since a web page cannot rely on Liberation. */
  private static final Map<String, String> STACKS =
      Map.of(
          "Liberation Serif", "'Liberation Serif', Tinos, 'Times New Roman', Times, serif",
          "Liberation Sans", "'Liberation Sans', Arimo, Arial, Helvetica, sans-serif",
          "Liberation Mono", "'Liberation Mono', Cousine, 'Courier New', monospace",
          "DejaVu Sans", "'DejaVu Sans', Verdana, sans-serif");

  private HtmlStyle() {}

  static String css(Theme theme) {
    Theme.Page page = theme.page();
    Theme.QuoteBar bar = theme.quote();
    StringBuilder css = new StringBuilder();
    css.append(
        String.format(
            Locale.ROOT,
            "@page { size: %s; margin: %.1fpt %.1fpt %.1fpt %.1fpt; }%n",
            page.size(),
            page.top(),
            page.right(),
            page.bottom(),
            page.left()));
    css.append("main { max-width: 40em; margin: 2em auto; padding: 0 1em; }\n");
    // A URL breaks at the <wbr> marks set in it; only a part longer than a line breaks elsewhere.
    css.append("body { margin: 0; overflow-wrap: break-word; }\n");
    css.append(".nobr { white-space: nowrap; }\n");
    // Paragraphs take the body's spacing, as in the PDF, not the browser's 1em.
    rule(css, "body, p", theme.style(Role.BODY));
    rule(css, "h1", theme.style(Role.TITLE));
    rule(css, "h2, h3, h4, h5, h6", theme.style(Role.HEADING));
    rule(css, "p.meta", theme.style(Role.META));
    rule(css, "p.lede", theme.style(Role.LEDE));
    rule(css, "blockquote p", theme.style(Role.QUOTE));
    rule(css, "blockquote p.attribution", theme.style(Role.ATTRIBUTION));
    rule(css, "ol, ul", theme.style(Role.LIST));
    rule(css, "code, pre", theme.style(Role.MONO));
    rule(css, ".classification", theme.style(Role.HEADER));
    css.append(
        String.format(
            Locale.ROOT,
            "blockquote { margin: 1em 0; padding-inline-start: %.1fpt;"
                + " border-inline-start: %.1fpt solid %s; }%n",
            bar.indent() - bar.barWidth(),
            bar.barWidth(),
            bar.barColor()));
    css.append("a { color: ").append(theme.linkColor()).append("; }\n");
    css.append("hr { border: 0; border-top: 0.6pt solid ")
        .append(theme.ruleColor())
        .append("; }\n");
    // Above the memo, in its column, as the PDF header sets it above the text.
    css.append(".classification { text-transform: uppercase; margin: 0 0 2em; }\n");
    css.append("h2, h3 { break-after: avoid; }\n");
    // A list ends with the body's gap, as its last item does in the PDF.
    css.append(
        String.format(
            Locale.ROOT,
            "ol, ul { margin-bottom: %.1fpt; }%n",
            theme.style(Role.BODY).spaceAfter()));
    return css.toString();
  }

  /** The CSS font stack for a theme family: the family, then metric-compatible fallbacks. */
  static String stack(String family) {
    return STACKS.get(family);
  }

  private static void rule(StringBuilder css, String selector, TextStyle s) {
    css.append(selector)
        .append(
            String.format(
                Locale.ROOT,
                " { font-family: %s; font-size: %.1fpt; line-height: %.1fpt; color: %s;"
                    + " font-weight: %s; font-style: %s; margin-top: %.1fpt; margin-bottom: %.1fpt; }%n",
                stack(s.family()),
                s.size(),
                s.leading(),
                s.color(),
                s.bold() ? "bold" : "normal",
                s.italic() ? "italic" : "normal",
                s.spaceBefore(),
                s.spaceAfter()));
  }
}
