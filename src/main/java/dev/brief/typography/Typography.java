package dev.brief.typography;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The typography pass: composed CommonMark in, the same Markdown out with the language's quotation
 * marks, apostrophes and no-break spaces. Only characters of text change; code spans, code blocks,
 * HTML, link destinations, URLs and backslash-escaped characters stay byte for byte, and so does
 * every character of Markdown syntax.
 */
public final class Typography {
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  /** A URL typed in running text (the punctuation that ends a sentence after it is trimmed). */
  private static final Pattern URL = Pattern.compile("(?:(?:https?|ftp)://|www\\.|mailto:)\\S*");

  private static final String AFTER_URL = ".,;:!?\"')]\u060C\u061B\u061F\u06D4";

  private Typography() {}

  /** The Markdown with typographic punctuation for the language tag {@code lang}. */
  public static String apply(String markdown, String lang) {
    Map<Integer, String> edits = new TreeMap<>();
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Paragraph paragraph) {
                block(paragraph);
              }

              @Override
              public void visit(Heading heading) {
                block(heading);
              }

              private void block(Node block) {
                Run run = new Run();
                for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                  inline(child, markdown, run);
                }
                punctuate(run.done(), lang, edits);
              }
            });
    return edited(markdown, edits);
  }

  /**
   * A line of plain text (not Markdown) with typographic punctuation, for what a writer prints
   * beside the Markdown: the running header's title, the document's metadata.
   */
  public static String text(String plain, String lang) {
    Run run = new Run();
    for (int i = 0; i < plain.length(); i++) {
      run.text(plain.charAt(i), i, false);
    }
    Map<Integer, String> edits = new TreeMap<>();
    punctuate(run.done(), lang, edits);
    return edited(plain, edits);
  }

  private static void punctuate(Run run, String lang, Map<Integer, String> edits) {
    Style style = Style.of(lang);
    lockUrls(run);
    new Quotes(run, style.marks(), style.ukrainian()).apply();
    Spaces.apply(run, style);
    if (style.arabicPunctuation()) {
      ArabicPunctuation.apply(run);
    }
    if (style.leftToRight()) {
      Directions.apply(run);
    }
    run.edits(edits);
  }

  private static String edited(String source, Map<Integer, String> edits) {
    StringBuilder out = new StringBuilder(source.length() + edits.size() * 2);
    int from = 0;
    for (Map.Entry<Integer, String> edit : edits.entrySet()) {
      out.append(source, from, edit.getKey()).append(edit.getValue());
      from = edit.getKey() + 1;
    }
    return out.append(source, from, source.length()).toString();
  }

  /** Adds what a reader sees of an inline node to the run. */
  private static void inline(Node node, String source, Run run) {
    if (node instanceof Text text) {
      for (SourceSpan span : text.getSourceSpans()) {
        int end = span.getInputIndex() + span.getLength();
        for (int i = span.getInputIndex(); i < end; i++) {
          char c = source.charAt(i);
          if (c == '\\' && i + 1 < end && isAsciiPunctuation(source.charAt(i + 1))) {
            // A backslash escape reads as the character it escapes, which stays as typed.
            i++;
            run.text(source.charAt(i), i, true);
          } else {
            run.text(c, i, false);
          }
        }
      }
    } else if (node instanceof Code || node instanceof Link link && isUrl(link)) {
      run.context(Run.OPAQUE);
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      run.context(' ');
    } else if (!(node instanceof HtmlInline)) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        inline(child, source, run);
      }
    }
  }

  /** An autolink, or a link that shows its own address: its text is a URL, not prose. */
  private static boolean isUrl(Link link) {
    StringBuilder text = new StringBuilder();
    for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof Text t)) {
        return false;
      }
      text.append(t.getLiteral());
    }
    String destination = link.getDestination();
    return destination.equals(text.toString())
        || destination.equals("mailto:" + text)
        || URL.matcher(text).matches();
  }

  private static void lockUrls(Run run) {
    String text = run.text().toString();
    // Each URL the pattern finds holds one of these; most runs of prose hold none, and the pattern
    // tried at every character cost 3% of a batch render.
    if (!text.contains("://") && !text.contains("www.") && !text.contains("mailto:")) {
      return;
    }
    Matcher url = URL.matcher(text);
    while (url.find()) {
      run.lock(url.start(), urlEnd(run.text(), url.end()));
    }
  }

  /** Where a URL ending at {@code end} ends without the sentence's punctuation after it. */
  private static int urlEnd(CharSequence text, int end) {
    while (end > 0 && AFTER_URL.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
