package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.engine.Engine;
import dev.brief.write.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The PDF's structure tree, walked with PDFBox: its elements are of the expected types, nested as
 * PDF/UA asks, and in the order text extraction reads the page; a paragraph that crosses a page
 * break is one element.
 */
class StructureTest {
  private static final Path EXAMPLE = Path.of("briefs/us-nato-redistribution.yaml");
  private static final Path THREE_PAGES = Path.of("src/test/resources/tagged/three-pages.yaml");

  /** A structure element as walked: its type, its text, its kids, the pages its text is on. */
  private record Node(String type, String text, List<Node> kids, Set<Integer> pages, String lang) {}

  @Test
  void theExampleIsTaggedInReadingOrder() throws Exception {
    byte[] pdf = render(EXAMPLE);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Node document = tree(doc);
      assertEquals("Document", document.type());
      List<String> types = document.kids().stream().map(Node::type).toList();
      assertEquals("H1", types.get(0), types.toString());
      assertEquals(List.of("P", "P", "BlockQuote", "H2"), types.subList(1, 5), "meta, lede...");
      assertTrue(types.containsAll(List.of("BlockQuote", "L")), types.toString());
      assertTrue(document.kids().get(0).text().startsWith("US position"));
      for (Node quote : find(document, "BlockQuote")) {
        assertFalse(quote.kids().isEmpty());
        quote.kids().forEach(p -> assertEquals("P", p.type()));
        assertTrue(quote.kids().get(quote.kids().size() - 1).text().contains("Marco Rubio"));
      }
      List<Node> lists = find(document, "L");
      assertTrue(lists.size() >= 2, "the positives and the sources: " + types);
      for (Node list : lists) {
        for (Node item : list.kids()) {
          assertEquals("LI", item.type());
          assertEquals(List.of("Lbl", "LBody"), item.kids().stream().map(Node::type).toList());
          assertTrue(item.kids().get(0).text().matches("\\d+\\.|•"), item.kids().get(0).text());
          assertFalse(item.kids().get(1).text().isBlank(), "the item's text");
        }
      }
      List<Node> links = find(document, "Link");
      assertTrue(links.size() >= 2, "the sources' addresses");
      // Reading order: every element's text comes where extraction reads it, one after another.
      String extracted = squeeze(new PDFTextStripper().getText(doc));
      int at = 0;
      for (String text : leafTexts(document, new ArrayList<>())) {
        int found = extracted.indexOf(squeeze(text), at);
        assertTrue(found >= at, "in reading order: " + text);
        at = found + squeeze(text).length();
      }
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          assertTrue(annotation.getContents().startsWith("https://"), "a link says where it goes");
          assertTrue(annotation.getStructParent() >= 0, "a link is in the structure tree");
        }
      }
    }
  }

  @Test
  void everyCitationIsAReferenceHoldingItsText() throws Exception {
    byte[] pdf = render(EXAMPLE);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Node document = tree(doc);
      List<Node> references = find(document, "Reference");
      String extracted = new PDFTextStripper().getText(doc);
      java.util.regex.Matcher cites =
          java.util.regex.Pattern.compile("\\[\\d+(?:,[ \u00A0]?\\d+)*\\]").matcher(extracted);
      List<String> printed = new ArrayList<>();
      while (cites.find()) {
        printed.add(cites.group());
      }
      // the space before a list's last number is a no-break one
      assertEquals(List.of("[1]", "[1,\u00A02]"), printed, "the example cites its sources");
      assertEquals(printed, references.stream().map(r -> r.text().strip()).toList());
      for (Node reference : references) {
        assertTrue(reference.kids().isEmpty(), "a reference holds text only");
      }
      List<Node> notes = find(document, "Note");
      assertEquals(1, notes.size(), "the sources are the memo's endnotes");
      assertEquals("L", notes.get(0).kids().get(0).type());
      assertTrue(notes.get(0).text().contains("1."), notes.get(0).text());
    }
  }

  @Test
  void aCitationInsideAParagraphKeepsTheReadingOrder() throws Exception {
    String markdown =
        "# Title\n\nBefore [1] and after, "
            + "words ".repeat(40)
            + "[2, 3]\n\n- item [4]\n- [link](https://example.org/) then [5]\n";
    byte[] pdf = typeset(markdown);
    assertEquals(List.of(), VeraPdf.failures(pdf, "ua1"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Node document = tree(doc);
      assertEquals(
          List.of("[1]", "[2, 3]", "[4]", "[5]"),
          find(document, "Reference").stream().map(r -> r.text().strip()).toList());
      Node first = find(document, "P").get(0);
      assertEquals(
          List.of("Span", "Reference", "Span", "Reference"),
          first.kids().stream().map(Node::type).toList());
      assertTrue(first.kids().get(2).text().startsWith(" and after"), first.kids().get(2).text());
    }
  }

  @Test
  void aParagraphAcrossPagesIsOneElement() throws Exception {
    byte[] pdf = render(THREE_PAGES);
    assertEquals(List.of(), VeraPdf.failures(pdf, "ua1"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(3, doc.getNumberOfPages());
      Node document = tree(doc);
      List<Node> across = find(document, "P").stream().filter(p -> p.pages().size() > 1).toList();
      assertTrue(across.size() >= 2, "two paragraphs cross a page break");
      for (Node p : across) {
        assertTrue(p.text().matches("(?s)“?Allied ministers.*"), p.text());
      }
    }
  }

  @Test
  void aQuoteInAnotherLanguageSaysSo() throws Exception {
    byte[] pdf = render(Path.of("src/test/resources/cases/valid/quote-lang.yaml"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Node> quotes = find(tree(doc), "BlockQuote");
      assertEquals(2, quotes.size());
      List<String> langs = new ArrayList<>();
      for (Node quote : quotes) {
        assertEquals(null, quote.lang(), "the attribution is in the memo's language");
        langs.add(quote.kids().get(0).lang());
        assertEquals(null, quote.kids().get(quote.kids().size() - 1).lang(), "attribution");
      }
      assertEquals(List.of("ar", "de-AT"), langs);
    }
  }

  @Test
  void aHeadingIsTaggedAtItsLevelWithoutSkippingOne() throws Exception {
    String markdown =
        "# Title\n\n## Two\n\ntext\n\n### Three\n\ntext\n\n###### Six\n\ntext\n\n"
            + "## Two again\n\n#### Four after two\n\ntext\n";
    byte[] pdf = typeset(markdown);
    assertEquals(List.of(), VeraPdf.failures(pdf, "ua1"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> headings =
          tree(doc).kids().stream().map(Node::type).filter(t -> t.startsWith("H")).toList();
      assertEquals(List.of("H1", "H2", "H3", "H4", "H2", "H3"), headings);
    }
  }

  @Test
  void aListItemsMarkerIsItsLabel() throws Exception {
    String markdown =
        "# Title\n\n7. seven, long enough to wrap: "
            + "words ".repeat(30)
            + "\n8. eight\n   - nested\n\n- نص قصير\n";
    byte[] pdf = typeset(markdown);
    assertEquals(List.of(), VeraPdf.failures(pdf, "ua1"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> items = new ArrayList<>();
      for (Node item : find(tree(doc), "LI")) {
        items.add(
            item.kids().stream()
                .map(kid -> kid.type() + "(" + kid.text().trim().replaceAll(" words.*", "…") + ")")
                .toList()
                .toString());
      }
      assertEquals(
          List.of(
              "[Lbl(7.), LBody(seven, long enough to wrap:…)]",
              "[Lbl(8.), LBody(eight•nested)]",
              "[Lbl(•), LBody(nested)]"),
          items.subList(0, 3));
      // a right-to-left item's marker, drawn at the right, is its label too
      assertTrue(items.get(3).matches("\\[Lbl\\(•\\), LBody\\([^•]+\\)]"), items.get(3));
      assertTrue(squeeze(new PDFTextStripper().getText(doc)).contains("7.seven,long"), "in order");
    }
  }

  private static byte[] typeset(String markdown) {
    return new Typesetter(new PdfOptions("t"))
        .write(Fixture.memo(Fixture.english(), markdown))
        .bytes();
  }

  private static byte[] render(Path brief) throws Exception {
    return Engine.builder()
        .build()
        .render(brief.toString(), Files.readAllBytes(brief), "pdf")
        .bytes();
  }

  /** The tree from the root's one kid, each element with the text of its marked content. */
  private static Node tree(PDDocument doc) throws IOException {
    Map<String, String> texts = new HashMap<>();
    Map<PDPage, Integer> numbers = new HashMap<>();
    int n = 0;
    for (PDPage page : doc.getPages()) {
      numbers.put(page, n);
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        if (content.getMCID() >= 0) {
          texts.put(n + "/" + content.getMCID(), text(content));
        }
      }
      n++;
    }
    List<Object> roots = doc.getDocumentCatalog().getStructureTreeRoot().getKids();
    assertEquals(1, roots.size(), "one Document element");
    return walk((PDStructureElement) roots.get(0), texts, numbers);
  }

  private static Node walk(
      PDStructureElement element, Map<String, String> texts, Map<PDPage, Integer> numbers) {
    StringBuilder text = new StringBuilder();
    List<Node> kids = new ArrayList<>();
    Set<Integer> pages = new HashSet<>();
    for (Object kid : element.getKids()) {
      if (kid instanceof PDStructureElement child) {
        Node node = walk(child, texts, numbers);
        kids.add(node);
        text.append(node.text());
        pages.addAll(node.pages());
      } else if (kid instanceof Integer mcid) {
        int page = numbers.get(element.getPage());
        pages.add(page);
        text.append(texts.getOrDefault(page + "/" + mcid, ""));
      } else if (kid instanceof PDMarkedContentReference mcr) {
        int page = numbers.get(mcr.getPage() != null ? mcr.getPage() : element.getPage());
        pages.add(page);
        text.append(texts.getOrDefault(page + "/" + mcr.getMCID(), ""));
      } else {
        assertTrue(kid instanceof PDObjectReference, "an annotation: " + kid);
        assertEquals("Link", element.getStructureType());
      }
    }
    return new Node(
        element.getStructureType(), text.toString(), kids, pages, element.getLanguage());
  }

  private static String text(PDMarkedContent content) {
    StringBuilder text = new StringBuilder();
    for (Object item : content.getContents()) {
      if (item instanceof TextPosition position) {
        text.append(position.getUnicode());
      } else if (item instanceof PDMarkedContent inner) {
        text.append(text(inner));
      }
    }
    return text.toString();
  }

  private static List<Node> find(Node node, String type) {
    List<Node> found = new ArrayList<>();
    for (Node kid : node.kids()) {
      if (kid.type().equals(type)) {
        found.add(kid);
      }
      found.addAll(find(kid, type));
    }
    return found;
  }

  /** The text of each element that holds text itself, in the tree's order. */
  private static List<String> leafTexts(Node node, List<String> out) {
    if (node.kids().isEmpty()) {
      if (!node.text().isBlank()) {
        out.add(node.text());
      }
    } else {
      node.kids().forEach(kid -> leafTexts(kid, out));
    }
    return out;
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
