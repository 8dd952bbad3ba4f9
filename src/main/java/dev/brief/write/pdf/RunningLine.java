package dev.brief.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfTemplate;
import dev.brief.theme.TextStyle;
import dev.brief.theme.Theme;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One running header or footer: its left, center and right slots with their placeholders filled in,
 * each shortened with an ellipsis to its share of the line so that no two overlap.
 */
final class RunningLine {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)\\}");
  private static final float GAP = 12;

  /** More characters than any running line can show, even in the narrowest font. */
  private static final int MOST_CHARACTERS = 400;

  private static final int[] ALIGN = {
    Element.ALIGN_LEFT, Element.ALIGN_CENTER, Element.ALIGN_RIGHT
  };

  private final FontChain fonts;
  private final TextStyle style;
  private final Map<String, String> values;
  private final String[] slots;

  /** Slots holding the classification: a security marking is never shortened. */
  private final boolean[] marking = new boolean[3];

  /**
   * {@code values} fill the placeholders; "{page-of}" is the theme's phrase, itself holding
   * "{page}" and "{pages}", so it is put into the slots first.
   */
  RunningLine(FontChain fonts, TextStyle style, Theme.Running running, Map<String, String> values) {
    this.fonts = fonts;
    this.style = style;
    this.values = values;
    String pageOf = values.getOrDefault("page-of", "");
    this.slots = new String[] {running.left(), running.center(), running.right()};
    for (int i = 0; i < 3; i++) {
      slots[i] = slots[i].replace("{page-of}", pageOf);
      marking[i] = slots[i].contains("{classification}");
    }
  }

  boolean isEmpty() {
    return String.join("", slots).isBlank();
  }

  /** Draws the slots into {@code template}, as wide as the text area, on the baseline {@code y}. */
  void draw(PdfTemplate template, float y, int page, int pages) {
    float width = template.getWidth();
    float[] natural = new float[3];
    String[] texts = new String[3];
    for (int i = 0; i < 3; i++) {
      texts[i] = fill(slots[i], page, pages);
      natural[i] = texts[i].isBlank() ? 0 : width(phrase(texts[i]));
    }
    float[] rooms = rooms(natural, width, marking);
    float[] xs = {0, width / 2, width};
    for (int i = 0; i < 3; i++) {
      if (natural[i] > 0) {
        ColumnText.showTextAligned(
            template,
            ALIGN[i],
            fit(texts[i], rooms[i]),
            xs[i],
            y,
            0,
            Column.direction(texts[i]),
            0); // a right-to-left title reads right to left, its letters joined
      }
    }
  }

  /** Each placeholder replaced once: a brief's text that reads "{pages}" is printed as typed. */
  private String fill(String slot, int page, int pages) {
    Matcher m = PLACEHOLDER.matcher(slot);
    return m.replaceAll(
        r -> {
          String name = r.group(1);
          String value =
              name.equals("page")
                  ? Integer.toString(page)
                  : name.equals("pages") ? Integer.toString(pages) : values.get(name);
          return Matcher.quoteReplacement(value == null ? r.group() : value);
        });
  }

  /**
   * The widths the slots may take. A center slot gets up to 40% and the sides what is left beside
   * it; without one, a side holding the classification keeps its whole width, else the shorter side
   * keeps its width (up to half), and the other side gets the rest.
   */
  private static float[] rooms(float[] natural, float width, boolean[] marking) {
    if (natural[1] > 0) {
      float center = Math.min(natural[1], width * 0.4f);
      float side = (width - center) / 2 - GAP;
      return new float[] {side, center, side};
    }
    int keep;
    float cap;
    if (marking[0] != marking[2]) {
      keep = marking[0] ? 0 : 2;
      cap = width - GAP;
    } else {
      keep = natural[0] <= natural[2] ? 0 : 2;
      cap = (width - GAP) / 2;
    }
    float kept = Math.min(natural[keep], cap);
    float rest = Math.max(0, width - GAP - kept);
    return keep == 0 ? new float[] {kept, 0, rest} : new float[] {rest, 0, kept};
  }

  /**
   * The text as a phrase no wider than {@code room}, shortened with an ellipsis if need be: the
   * longest prefix that fits, found by bisection over at most {@link #MOST_CHARACTERS} characters
   * (no line holds more), so a hostile 100 KB classification costs what a short one does.
   */
  private Phrase fit(String text, float room) {
    Phrase whole = phrase(text.length() > MOST_CHARACTERS ? "" : text);
    if (text.length() <= MOST_CHARACTERS && width(whole) <= room) {
      return whole;
    }
    int[] cps = text.codePoints().limit(MOST_CHARACTERS).toArray();
    int lo = 0;
    int hi = cps.length;
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (width(phrase(prefix(cps, mid))) <= room) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return phrase(prefix(cps, lo));
  }

  private static String prefix(int[] cps, int count) {
    return new String(cps, 0, count).stripTrailing() + "\u2026";
  }

  private static float width(Phrase phrase) {
    float width = 0;
    for (Object chunk : phrase.getChunks()) {
      width += ((Chunk) chunk).getWidthPoint();
    }
    return width;
  }

  private Phrase phrase(String text) {
    Phrase phrase = new Phrase(style.leading());
    phrase.setFont(fonts.font(style));
    phrase.addAll(
        fonts.chunks(text, style, style.bold(), style.italic(), Colors.of(style.color())));
    return phrase;
  }
}
