package dev.brief.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfWriter;
import dev.brief.language.Citations;
import dev.brief.theme.Role;
import dev.brief.theme.TextStyle;
import dev.brief.theme.Theme;
import dev.brief.write.UrlBreaks;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Matcher;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The inline content of one block (text, emphasis, strong, code, links, line breaks) as a phrase in
 * one role's style. Emphasis inside italic text turns upright, as typesetters do.
 */
final class Inlines extends AbstractVisitor {
  /** Lets a long URL break after its punctuation instead of running into the margin. */
  private static final SplitCharacter URL_SPLIT = new UrlSplit();

  /** Around a URL in a right-to-left paragraph: left-to-right embedding, and its end. */
  private static final String LEFT_TO_RIGHT_EMBEDDING = "\u202A";

  private static final String EMBEDDING_END = "\u202C";

  /** A citation of sources by number, as the memo prints them: [3] or [1, 2]. */
  private final RenderContext context;

  private final TextStyle style;
  private final Phrase phrase;
  private boolean bold;
  private boolean italic;
  private String link;

  /** How many citations the phrase holds; each is a chunk of its own, tagged as a reference. */
  private int citations;

  /** Where each URL's chunks start and end in the phrase, in pairs. */
  private final List<Integer> urls = new ArrayList<>();

  private Inlines(RenderContext context, TextStyle style) {
    this.context = context;
    this.style = style;
    this.phrase = new Phrase(style.leading());
    phrase.setFont(context.fonts().font(style));
    this.bold = style.bold();
    this.italic = style.italic();
  }

  /** The children of {@code block} as a phrase; {@code tag}, if not null, marks its first chunk. */
  static Phrase of(Node block, TextStyle style, RenderContext context, String tag) {
    Inlines inlines = new Inlines(context, style);
    inlines.visitChildren(block);
    inlines.isolateUrls();
    if (tag != null || inlines.citations > 0) {
      for (Object element : inlines.phrase.getChunks()) {
        // the outline takes the first one drawn; the structure, each chunk's part
        Chunk chunk = (Chunk) element;
        String part = inlines.citations > 0 ? Structure.part(chunk) : null;
        chunk.setGenericTag(Structure.withPart(part, tag));
      }
    }
    return inlines.phrase;
  }

  /** An address alone in one style: linked to {@code target}, breaking where a URL may. */
  static Phrase url(String url, String target, TextStyle style, RenderContext context) {
    Inlines inlines = new Inlines(context, style);
    inlines.add(url, target, true);
    inlines.isolateUrls();
    return inlines.phrase;
  }

  /**
   * In a right-to-left paragraph, holds each URL together left to right between an embedding
   * (U+202A) and its end (U+202C): else the bidirectional algorithm takes a neutral at its end, the
   * "/" of "https://www.reuters.com/", as right to left and shows it at the URL's start. OpenPDF
   * draws neither mark (no glyph, no width), so the text read back is the URL alone. A paragraph
   * with no right-to-left text gets no marks, and stays as it was.
   */
  private void isolateUrls() {
    if (urls.isEmpty() || Column.direction(phrase.getContent()) != PdfWriter.RUN_DIRECTION_RTL) {
      return;
    }
    for (int i = urls.size() - 2; i >= 0; i -= 2) {
      int start = urls.get(i);
      int end = urls.get(i + 1);
      Chunk first = (Chunk) phrase.get(start);
      phrase.add(end, mark(EMBEDDING_END, (Chunk) phrase.get(end - 1)));
      phrase.add(start, mark(LEFT_TO_RIGHT_EMBEDDING, first));
    }
  }

  /** A direction mark in the font and link of the URL chunk beside it. */
  private static Chunk mark(String mark, Chunk beside) {
    Chunk chunk = new Chunk(mark, beside.getFont());
    if (beside.getChunkAttributes() != null) {
      chunk.setChunkAttributes(new HashMap<>(beside.getChunkAttributes()));
    }
    return chunk;
  }

  @Override
  public void visit(Text text) {
    String literal = text.getLiteral();
    if (link != null) {
      add(literal, null, UrlBreaks.isUrl(literal));
      return;
    }
    Matcher m = UrlBreaks.URL.matcher(literal);
    int at = 0;
    while (m.find()) {
      cited(literal.substring(at, m.start()));
      String url = m.group();
      // A bare web address is clickable too; every URL breaks only where a reader expects.
      add(url, url.regionMatches(true, 0, "http", 0, 4) ? url : null, true);
      at = m.end();
    }
    cited(literal.substring(at));
  }

  /**
   * Adds plain text, each citation in it a chunk of its own, marked for a {@code Reference} in the
   * structure tree. ColumnText breaks lines only at split characters, never between chunks, so the
   * no-break space before a citation still holds it to its word.
   */
  private void cited(String text) {
    int at = 0;
    for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
      int end = Citations.end(text, open);
      if (end >= 0) {
        add(text.substring(at, open), null, false);
        add(text.substring(open, end), null, false, Structure.reference(citations++));
        at = end;
        open = end - 1;
      }
    }
    add(text.substring(at), null, false);
  }

  @Override
  public void visit(Code code) {
    TextStyle mono = context.theme().style(Role.MONO);
    TextStyle sized =
        new TextStyle(
            mono.family(), mono.style(), style.size() * 0.9f, style.leading(), mono.color(), 0, 0);
    for (Chunk chunk :
        context
            .fonts()
            .chunks(code.getLiteral(), sized, mono.bold(), mono.italic(), currentColor())) {
      decorate(chunk, link, link != null);
      phrase.add(chunk);
    }
  }

  @Override
  public void visit(Emphasis emphasis) {
    boolean was = italic;
    italic = !italic;
    visitChildren(emphasis);
    italic = was;
  }

  @Override
  public void visit(StrongEmphasis strong) {
    boolean was = bold;
    bold = true;
    visitChildren(strong);
    bold = was;
  }

  @Override
  public void visit(Link node) {
    String was = link;
    link = node.getDestination();
    visitChildren(node);
    // Paper cannot follow a link: its address is printed too, as the theme says.
    LinkNotes.printed(node).ifPresent(url -> printUrl(url, node.getDestination()));
    link = was;
  }

  private void printUrl(String url, String target) {
    if (context.theme().linkUrls() == Theme.LinkUrls.NOTES) {
      String number = Integer.toString(context.notes().number(url, target));
      TextStyle small =
          new TextStyle(
              style.family(),
              style.style(),
              style.size() * 0.7f,
              style.leading(),
              style.color(),
              0,
              0);
      for (Chunk chunk : context.fonts().chunks(number, small, bold, false, currentColor())) {
        chunk.setTextRise(style.size() * 0.35f);
        decorate(chunk, target, false);
        phrase.add(chunk);
      }
      return;
    }
    String was = link;
    link = null;
    add(" ", null, false);
    add("(" + url + ")", target, true); // one chunk: no line ends after the parenthesis
    link = was;
  }

  @Override
  public void visit(SoftLineBreak softLineBreak) {
    add(" ", null, false);
  }

  @Override
  public void visit(HardLineBreak hardLineBreak) {
    add("\n", null, false);
  }

  @Override
  public void visit(HtmlInline html) {
    add(html.getLiteral(), null, false); // user text is data: shown, never interpreted
  }

  private void add(String text, String url, boolean urlLike) {
    add(text, url, urlLike, null);
  }

  /** Adds text; {@code part}, if not null, marks its chunks (so none merges with another). */
  private void add(String text, String url, boolean urlLike, String part) {
    if (text.isEmpty()) {
      return;
    }
    if (urlLike) {
      urls.add(phrase.size());
    }
    String target = url != null ? url : link;
    Color color = target != null ? Colors.of(context.theme().linkColor()) : currentColor();
    for (Chunk chunk : context.fonts().chunks(text, style, bold, italic, color)) {
      decorate(chunk, target, urlLike);
      if (part != null) {
        chunk.setGenericTag(part);
      }
      phrase.add(chunk);
    }
    if (urlLike) {
      urls.add(phrase.size());
    }
  }

  private static void decorate(Chunk chunk, String target, boolean urlLike) {
    if (target != null) {
      chunk.setAnchor(target);
    }
    if (urlLike) {
      chunk.setSplitCharacter(URL_SPLIT);
    }
  }

  private Color currentColor() {
    return Colors.of(style.color());
  }

  /** A line breaks in a URL where {@link UrlBreaks} allows, and at spaces. */
  private static final class UrlSplit implements SplitCharacter {
    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
      return cc[current] <= ' ' || UrlBreaks.breaksAfter(cc, start, end, current);
    }
  }
}
