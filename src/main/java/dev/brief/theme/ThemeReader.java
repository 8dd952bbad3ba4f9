package dev.brief.theme;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import dev.brief.read.ScalarType;
import dev.brief.read.SequenceNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a theme tree into a {@link Theme}: merges the user's tree over the default one, then
 * converts every value, collecting one diagnostic per bad value (all of them, not the first).
 */
final class ThemeReader {
  /** A colour as a theme writes it: #RRGGBB. */
  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

  /** The least width and height the margins must leave for text, in points. */
  private static final float MIN_TEXT = 72;

  /**
   * Font sizes from 4pt (the smallest legible fine print) to 72pt (a one-inch display line); beyond
   * that a memo's title no longer fits a line of an A4 or Letter page.
   */
  private static final float MIN_SIZE = 4;

  private static final float MAX_SIZE = 72;

  /**
   * Leading from 0.8 times the size (tight display setting; below it lines overprint) to 3 times
   * (triple spacing); more space between paragraphs belongs in space-before and space-after.
   */
  private static final float MIN_LEADING = 0.8f;

  private static final float MAX_LEADING = 3;

  /** The most space before or after a block, in points: two inches. */
  private static final float MAX_SPACE = 144;

  /** The most characters in a header, footer or page-of text; a line at 8pt holds about 150. */
  private static final int MAX_SLOT = 200;

  private final ThemeTree tree;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<Theme.FontFile> fontFiles = new ArrayList<>();

  ThemeReader(Node defaults, String file, Node user) {
    this.tree = new ThemeTree(defaults, file, user, problems);
  }

  Theme read() throws BriefException {
    MappingNode root = tree.merged();
    Theme theme =
        new Theme(
            page(map(root, "page")),
            fallback(root.get("fallback").orElseThrow()),
            styles(map(root, "styles")),
            quoteBar(map(root, "quote")),
            color(root, "link-color"),
            color(root, "rule-color"),
            running(map(root, "header")),
            running(map(root, "footer")),
            pageOf(map(root, "page-of")),
            bool(root.get("smart-punctuation").orElseThrow(), "smart-punctuation"),
            fontFiles,
            linkUrls(root),
            pdfStandards(root));
    if (problems.isEmpty()) {
      lineRoom(theme, map(root, "styles"));
      runningRoom(theme.header(), theme.style(Role.HEADER), theme.page().top(), root, "top");
      runningRoom(theme.footer(), theme.style(Role.FOOTER), theme.page().bottom(), root, "bottom");
    }
    if (!problems.isEmpty()) {
      problems.sort(
          java.util.Comparator.comparing(Diagnostic::file)
              .thenComparingInt(Diagnostic::line)
              .thenComparingInt(Diagnostic::column));
      throw new BriefException(problems);
    }
    return theme;
  }

  private Set<PdfStandard> pdfStandards(MappingNode root) {
    try {
      return PdfStandard.parse(text(root, "pdf-standard"));
    } catch (IllegalArgumentException e) {
      problem(root.get("pdf-standard").orElseThrow(), "pdf-standard: " + e.getMessage());
      return Set.of(PdfStandard.UA_1);
    }
  }

  private Theme.LinkUrls linkUrls(MappingNode root) {
    String value = text(root, "link-urls");
    for (Theme.LinkUrls choice : Theme.LinkUrls.values()) {
      if (choice.key().equals(value)) {
        return choice;
      }
    }
    problem(
        root.get("link-urls").orElseThrow(),
        "unknown link-urls '" + value + "' (use 'after-text' or 'notes')");
    return Theme.LinkUrls.AFTER_TEXT;
  }

  private Theme.Page page(MappingNode page) {
    String size = text(page, "size");
    if (!size.equals("A4") && !size.equals("Letter")) {
      problem(
          page.get("size").orElseThrow(),
          "unknown page size '" + size + "' (use 'A4' or 'Letter')");
    }
    MappingNode margins = map(page, "margins");
    Theme.Page result =
        new Theme.Page(
            size,
            length(margins, "top"),
            length(margins, "right"),
            length(margins, "bottom"),
            length(margins, "left"));
    // With no room, OpenPDF gives up after a few dozen empty pages and the text is lost.
    room(margins, "width", result.width(), result.left() + result.right());
    room(margins, "height", result.height(), result.top() + result.bottom());
    return result;
  }

  private void room(Node margins, String dimension, float page, float taken) {
    if (page - taken < MIN_TEXT) {
      problem(
          margins,
          String.format(
              java.util.Locale.ROOT,
              "the margins leave %.0fpt of the page's %.0fpt %s for text (leave at least"
                  + " %.0fpt, one inch)",
              Math.max(0, page - taken),
              page,
              dimension,
              MIN_TEXT));
    }
  }

  private List<String> fallback(Node node) {
    List<String> families = new ArrayList<>();
    if (!(node instanceof SequenceNode seq)) {
      problem(node, "'fallback' must be a list of font families or font files");
      return families;
    }
    for (Node item : seq.items()) {
      String entry = scalar(item);
      if (Theme.FontFile.isPath(entry)) {
        fontFiles.add(
            new Theme.FontFile(entry, tree.fileOf(item), item.mark().line(), item.mark().column()));
        families.add(entry);
      } else {
        families.add(family(item));
      }
    }
    return families;
  }

  private Map<Role, TextStyle> styles(MappingNode styles) {
    Map<Role, TextStyle> result = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      MappingNode s = map(styles, role.key());
      String style = text(s, "style");
      if (!List.of("regular", "bold", "italic", "bold-italic").contains(style)) {
        problem(
            s.get("style").orElseThrow(),
            "unknown font style '"
                + style
                + "' (use 'regular', 'bold', 'italic' or 'bold-italic')");
      }
      int reported = problems.size();
      float size = positive(s, "size");
      if (problems.size() == reported) {
        within(s, "size", size, MIN_SIZE, MAX_SIZE);
      }
      float leading = positive(s, "leading");
      // Only a size and leading that are numbers, and a size in range, say what the leading is.
      if (problems.size() == reported && size >= MIN_SIZE && size <= MAX_SIZE) {
        leading(s, leading, size);
      }
      result.put(
          role,
          new TextStyle(
              family(s.get("family").orElseThrow()),
              style,
              size,
              leading,
              color(s, "color"),
              within(s, "space-before", length(s, "space-before"), 0, MAX_SPACE),
              within(s, "space-after", length(s, "space-after"), 0, MAX_SPACE)));
    }
    return result;
  }

  /** Reports a value outside [min, max] at its node; in points. */
  private float within(MappingNode map, String key, float value, float min, float max) {
    if (value > 0 && (value < min || value > max)) {
      problem(
          map.get(key).orElseThrow(),
          "'"
              + key
              + "' is "
              + num(value)
              + "pt, outside the range "
              + num(min)
              + " to "
              + num(max)
              + "pt");
    }
    return value;
  }

  /**
   * Leading is relative to the size, so a theme that changes only one of them is told at the one it
   * wrote, never at the built-in theme's line.
   */
  private void leading(MappingNode style, float leading, float size) {
    Node at = style.get("leading").orElseThrow();
    Node sizeNode = style.get("size").orElseThrow();
    if (tree.fileOf(at).equals(ThemeTree.BUILT_IN)
        && !tree.fileOf(sizeNode).equals(ThemeTree.BUILT_IN)) {
      at = sizeNode;
    }
    if (leading > 0 && (leading < MIN_LEADING * size || leading > MAX_LEADING * size)) {
      problem(
          at,
          "'leading' is "
              + num(leading)
              + "pt for a size of "
              + num(size)
              + "pt, outside the range "
              + num(MIN_LEADING * size)
              + " to "
              + num(MAX_LEADING * size)
              + "pt (0.8 to 3 times the size)");
    }
  }

  private static String num(float value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(java.util.Locale.ROOT, "%.1f", value);
  }

  /** Every role's line must fit in the text area the margins leave, or the text is lost. */
  private void lineRoom(Theme theme, MappingNode styles) {
    Theme.Page page = theme.page();
    float height = page.height() - page.top() - page.bottom();
    for (Role role : Role.values()) {
      if (height < MIN_TEXT) {
        return;
      }
      TextStyle style = theme.style(role);
      float line = style.leading() + style.spaceBefore() + style.spaceAfter();
      if (line > height) {
        problem(
            map(styles, role.key()).get("leading").orElseThrow(),
            String.format(
                java.util.Locale.ROOT,
                "a '%s' line takes %spt with its spacing, more than the %spt of page height the"
                    + " margins leave for text (lower the leading or spacing, or the margins)",
                role.key(),
                num(line),
                num(height)));
      }
    }
  }

  /**
   * The header sits {@link Theme#RUNNING_GAP} above the text area and the footer as far below it,
   * in the margin: a margin too narrow for the gap and the line (1.25 times its size, ascent and
   * descent) would draw it off the page.
   */
  private void runningRoom(
      Theme.Running line, TextStyle style, float margin, MappingNode root, String side) {
    if (line.left().isEmpty() && line.center().isEmpty() && line.right().isEmpty()) {
      return;
    }
    String what = side.equals("top") ? "header" : "footer";
    float needed = Theme.RUNNING_GAP + 1.25f * style.size();
    if (margin < needed) {
      // At the margin, unless the user's theme left it and set the line's size: a theme that
      // only enlarged the header is told at its own line, not at the built-in margin's.
      Node marginNode = map(map(root, "page"), "margins").get(side).orElseThrow();
      Node sizeNode = map(map(root, "styles"), what).get("size").orElseThrow();
      Node at = !tree.isUsers(marginNode) && tree.isUsers(sizeNode) ? sizeNode : marginNode;
      problem(
          at,
          String.format(
              java.util.Locale.ROOT,
              "the %s margin of %spt leaves no room for the %s, which takes %spt (raise the"
                  + " margin, lower the %s's size, or leave the %s empty)",
              side,
              num(margin),
              what,
              num(needed),
              what,
              what));
    }
  }

  private Theme.QuoteBar quoteBar(MappingNode quote) {
    return new Theme.QuoteBar(
        length(quote, "indent"), length(quote, "bar-width"), color(quote, "bar-color"));
  }

  private Theme.Running running(MappingNode running) {
    boolean ruled = bool(running.get("rule").orElseThrow(), "rule");
    return new Theme.Running(
        slot(running.get("left").orElseThrow(), "left"),
        slot(running.get("center").orElseThrow(), "center"),
        slot(running.get("right").orElseThrow(), "right"),
        ruled);
  }

  private boolean bool(Node node, String key) {
    if (!(node instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN)) {
      problem(node, "'" + key + "' must be true or false");
    }
    return node instanceof ScalarNode s && s.value().equalsIgnoreCase("true");
  }

  private Map<String, String> pageOf(MappingNode pageOf) {
    Map<String, String> result = new LinkedHashMap<>();
    for (MappingNode.Entry e : pageOf.entries()) {
      result.put(e.key().value(), slot(e.value(), "page-of"));
    }
    return result;
  }

  /** A header, footer or page-of text: one line of a running head, so a short one. */
  private String slot(Node node, String key) {
    String text = scalar(node);
    if (text.length() > MAX_SLOT) {
      problem(
          node,
          "'"
              + key
              + "' is "
              + text.length()
              + " characters long, more than the "
              + MAX_SLOT
              + " a header or footer line holds (shorten it)");
      return "";
    }
    return text;
  }

  private String family(Node node) {
    String family = scalar(node);
    if (!Theme.FAMILIES.contains(family)) {
      problem(
          node,
          "unknown font family '"
              + family
              + "' (use one of "
              + String.join(", ", Theme.FAMILIES.stream().sorted().map(f -> "'" + f + "'").toList())
              + ")");
      return "Liberation Serif";
    }
    return family;
  }

  private String color(MappingNode map, String key) {
    Node node = map.get(key).orElseThrow();
    String value = scalar(node);
    if (!COLOR.matcher(value).matches()) {
      problem(node, "'" + key + "' is not a colour: '" + value + "' (write it as '#RRGGBB')");
      return "#000000";
    }
    return value.toUpperCase(java.util.Locale.ROOT);
  }

  private float positive(MappingNode map, String key) {
    int reported = problems.size();
    float value = length(map, key);
    if (value <= 0 && problems.size() == reported) {
      problem(map.get(key).orElseThrow(), "'" + key + "' must be greater than zero");
    }
    return value <= 0 ? 1 : value;
  }

  private float length(MappingNode map, String key) {
    Node node = map.get(key).orElseThrow();
    Float value = Lengths.parse(scalar(node));
    if (value == null || value < 0 || value > 2000) {
      problem(
          node,
          "'"
              + key
              + "' is not a length: '"
              + scalar(node)
              + "' (write a number of points or add a unit: 20mm, 2cm, 1in, 11pt)");
      return 0;
    }
    return value;
  }

  private String text(MappingNode map, String key) {
    return scalar(map.get(key).orElseThrow());
  }

  private String scalar(Node node) {
    if (node instanceof ScalarNode s) {
      return s.type() == ScalarType.NULL ? "" : s.value();
    }
    problem(node, "expected a single value here, not a list or mapping");
    return "";
  }

  private MappingNode map(MappingNode parent, String key) {
    Node node = parent.get(key).orElseThrow();
    // The merge keeps the default's mapping wherever a user gave something else.
    return (MappingNode) node;
  }

  private void problem(Node node, String message) {
    problems.add(
        Diagnostic.of(
            Rule.THEME, tree.fileOf(node), node.mark().line(), node.mark().column(), "", message));
  }
}
