package dev.brief.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNameTree;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;
import dev.brief.layout.Kind;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The PDF's structure tree (tagged PDF, as PDF/UA asks): which structure element each block's text
 * belongs to, in reading order, and the marked content that ties the page's text to it. Everything
 * that is not the memo's text (running header and footer, page numbers, rules, quote bars) is
 * marked as an artifact.
 *
 * <p>Elements are made when their first text is set, so the tree's order is the reading order. A
 * paragraph is one element, on however many pages it runs. OpenPDF lets an element hold either text
 * or other elements, never both: the text of a paragraph with links or citations goes into a {@code
 * Span} inside it, beside a {@code Link} per link, which holds the link annotation (an OBJR), and a
 * {@code Reference} per citation ("[3]"), which holds the citation's text. A citation is set in the
 * middle of a line, so its marked content is switched to as ColumnText reaches its chunk: the chunk
 * carries a generic tag naming its part ({@link #reference}), which the page event hands to {@link
 * #chunk} just before the chunk's text is shown.
 */
final class Structure {
  private static final PdfName ARTIFACT = new PdfName("Artifact");
  private static final PdfName PAGINATION = new PdfName("Pagination");
  private static final PdfName LAYOUT = new PdfName("Layout");

  /**
   * The structure type of a block of each kind; null for a rule, which is an artifact. The one
   * place where the memo's parts become PDF structure.
   */
  static PdfName type(Kind kind) {
    return switch (kind) {
      case TITLE -> PdfName.H1;
      case HEADING -> PdfName.H2;
      case META, LEDE, PARAGRAPH, ATTRIBUTION, CODE -> PdfName.P;
      case QUOTE -> PdfName.BLOCKQUOTE;
      case LIST, SOURCES -> PdfName.L;
      case RULE -> null;
    };
  }

  private static final PdfName[] HEADINGS = {
    PdfName.H1, PdfName.H2, PdfName.H3, PdfName.H4, PdfName.H5, PdfName.H6
  };

  /** The level of the last heading, the title's to begin with. */
  private int heading = 1;

  /**
   * The structure type of the next heading, of Markdown level {@code level} (1 to 6): H1 to H6, but
   * never more than one level below the heading before it, as PDF/UA asks (veraPDF's 7.4.2-1): a
   * {@code ###} straight after the title is an H2.
   */
  PdfName heading(int level) {
    heading = Math.max(1, Math.min(level, heading + 1));
    return HEADINGS[heading - 1];
  }

  /** A list item, and the body that holds its text after its label. */
  static final PdfName ITEM = PdfName.LI;

  static final PdfName ITEM_BODY = PdfName.LBODY;

  /** A list item's number or bullet. */
  static final PdfName ITEM_LABEL = PdfName.LBL;

  /** The notes that print the addresses of the memo's links. */
  static final PdfName NOTES = PdfName.NOTE;

  private static final PdfName REFERENCE = new PdfName("Reference");

  /**
   * Ends the part of a chunk's generic tag that names its structure part; the rest is the page's.
   */
  private static final char PART = '|';

  private static final String TEXT_PART = "text";

  private static final String REFERENCE_PART = "ref";

  /** The part of the {@code n}th citation of a paragraph. */
  static String reference(int n) {
    return REFERENCE_PART + n;
  }

  /** The part a chunk of a paragraph with citations belongs to: its citation's, or its text's. */
  static String part(Chunk chunk) {
    Object tag =
        chunk.getChunkAttributes() == null
            ? null
            : chunk.getChunkAttributes().get(Chunk.GENERICTAG);
    return tag instanceof String s && s.startsWith(REFERENCE_PART) ? s : TEXT_PART;
  }

  /** A chunk's generic tag: its structure part, if any, before the page's own tag, if any. */
  static String withPart(String part, String tag) {
    if (part == null) {
      return tag;
    }
    return part + PART + (tag == null ? "" : tag);
  }

  /**
   * A structure element to be: its type, its parent, and a language if it differs from the
   * document's ({@code /Lang}, for a quote in another language). Made in the PDF on first use.
   */
  static final class Tag {
    private final Structure structure;
    private final PdfName type;
    private final Tag parent;
    private String lang;
    private String quoted;
    private PdfStructureElement element;
    private Tag text;
    private final Map<String, PdfStructureElement> references = new HashMap<>();

    private Tag(Structure structure, PdfName type, Tag parent) {
      this.structure = structure;
      this.type = type;
      this.parent = parent;
    }

    /** A child of this element; a null type makes an artifact. */
    Tag child(PdfName type) {
      return type == null ? null : new Tag(structure, type, this);
    }

    /** Sets the element's language, a BCP 47 tag; null for the document's. */
    Tag lang(String lang) {
      this.lang = lang;
      return this;
    }

    /**
     * Sets the language of a quote's words, which its text elements take and its attribution (the
     * speaker, in the memo's language) does not.
     */
    Tag quoting(String lang) {
      this.quoted = lang;
      return this;
    }

    /** The language of a quote's words; null for the document's. */
    String quoted() {
      return quoted;
    }

    PdfStructureElement element() {
      if (element == null) {
        element =
            parent == null
                ? new PdfStructureElement(structure.root(), type)
                : new PdfStructureElement(parent.element(), type);
        if (lang != null) {
          element.put(PdfName.LANG, new PdfString(lang, PdfObject.TEXT_UNICODE));
        }
        if (type.equals(PdfName.NOTE)) {
          structure.identify(element);
        }
      }
      return element;
    }

    /** Where a paragraph with links puts its text: a span inside it, before the links. */
    private Tag text() {
      if (text == null) {
        text = new Tag(structure, PdfName.SPAN, this);
      }
      return text;
    }

    /** A new span for the text after a citation, so the tree keeps the reading order. */
    private Tag nextText() {
      text = new Tag(structure, PdfName.SPAN, this);
      return text;
    }

    /** The {@code Reference} of one of the paragraph's citations, made on first use. */
    private PdfStructureElement reference(String part) {
      return references.computeIfAbsent(part, p -> new PdfStructureElement(element(), REFERENCE));
    }
  }

  private final PdfWriter writer;
  private final Tag document;
  private final Map<Element, Tag> tags = new IdentityHashMap<>();
  private final Map<Element, Label> labels = new IdentityHashMap<>();

  /** The label whose marked content is open, until it is drawn. */
  private Label label;

  /** The element whose text is being set, or null. */
  private Tag open;

  /** The content the text of the lines being set goes to, which is not the block's canvas. */
  private Supplier<PdfContentByte> lineText;

  /**
   * The part of {@link #open}'s paragraph whose marked content is open: its text, or a citation.
   */
  private String part;

  /** The link element the last annotation went into, and its address. */
  private PdfStructureElement link;

  private String linkTarget;

  Structure(PdfWriter writer) {
    this.writer = writer;
    writer.setTagged();
    writer.setTabs(PdfName.S); // PDF/UA: annotations in the structure's order
    this.document = new Tag(this, PdfName.DOCUMENT, null);
  }

  /** The root element, which holds every block. */
  Tag document() {
    return document;
  }

  /** Says which element the text of {@code element} belongs to; null marks it an artifact. */
  <E extends Element> E tag(E element, Tag tag) {
    if (tag != null) {
      tags.put(element, tag);
    }
    return element;
  }

  /** Moves the tag of one element to the element that replaces it. */
  void retag(Element from, Element to) {
    Tag tag = tags.remove(from);
    if (tag != null) {
      tags.put(to, tag);
    }
  }

  /** Says that {@code element}'s first line draws {@code label} before its text. */
  void label(Element element, Label label) {
    labels.put(element, label);
  }

  /**
   * Begins the marked content that holds what {@code element} sets on this page: its element's, or
   * an artifact's if it has none; its label's first, until the label is drawn. Each call is closed
   * by {@link #end}, before the page ends.
   */
  void begin(PdfContentByte cb, Element element) {
    Tag tag = tags.get(element);
    if (tag == null) {
      artifact(cb, LAYOUT);
      return;
    }
    open = hasParts(element) ? tag.text() : tag;
    part = TEXT_PART;
    link = null;
    Label pending = labels.get(element);
    if (pending != null && !pending.drawn()) {
      label = pending;
      cb.beginMarkedContentSequence(pending.tag().element());
    } else {
      cb.beginMarkedContentSequence(open.element());
    }
  }

  /** Ends a label's marked content once it is drawn, and begins its text's. */
  void labelled(PdfContentByte cb) {
    if (label != null && open != null) {
      cb.endMarkedContentSequence();
      cb.beginMarkedContentSequence(open.element());
      label = null;
    }
  }

  void end(PdfContentByte cb) {
    cb.endMarkedContentSequence();
    open = null;
    label = null;
    part = null;
  }

  /**
   * Switches the marked content to the part of the paragraph that a chunk about to be shown belongs
   * to (a citation's {@code Reference}, or the text's span), as the chunk's generic tag says;
   * returns the rest of the tag, the page's own ("" if none).
   */
  void lineText(Supplier<PdfContentByte> lineText) {
    this.lineText = lineText;
  }

  String chunk(String tag) {
    int bar = tag.indexOf(PART);
    if (bar < 0) {
      return tag;
    }
    String wanted = tag.substring(0, bar);
    if (open != null && open.parent != null && label == null && !wanted.equals(part)) {
      PdfContentByte cb = lineText.get();
      // The sequence was begun on the block's canvas, which this content is added to; the
      // content's own count of open sequences does not know it, so EMC is written as it is.
      cb.getInternalBuffer().append("EMC\n");
      if (wanted.equals(TEXT_PART)) {
        open = open.parent.nextText();
        cb.beginMarkedContentSequence(open.element());
      } else {
        cb.beginMarkedContentSequence(open.parent.reference(wanted));
      }
      part = wanted;
    }
    return tag.substring(bar + 1);
  }

  /** Begins an artifact: {@code Pagination} (running header and footer) or {@code Layout}. */
  static void artifact(PdfContentByte cb, PdfName type) {
    PdfDictionary properties = new PdfDictionary();
    properties.put(PdfName.TYPE, type);
    cb.beginMarkedContentSequence(ARTIFACT, properties, true);
  }

  static void pagination(PdfContentByte cb) {
    artifact(cb, PAGINATION);
  }

  static void layout(PdfContentByte cb) {
    artifact(cb, LAYOUT);
  }

  /**
   * Puts a link annotation that the text being set made into the structure: into a {@code Link}
   * element beside that text (one per link, though a link broken over lines has an annotation per
   * piece), with its address as the annotation's {@code /Contents}.
   */
  void annotation(PdfAnnotation annotation) {
    if (open == null) {
      return;
    }
    String target = target(annotation);
    if (target != null) {
      annotation.put(PdfName.CONTENTS, new PdfString(target, PdfObject.TEXT_UNICODE));
    }
    if (link == null || target == null || !target.equals(linkTarget)) {
      Tag container = open.parent != null ? open.parent : document;
      link = new PdfStructureElement(container.element(), PdfName.LINK);
      link.put(PdfName.K, new PdfArray());
      linkTarget = target;
    }
    PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
    objr.put(PdfName.OBJ, annotation.getIndirectReference());
    objr.put(PdfName.PG, writer.getCurrentPage());
    ((PdfArray) link.get(PdfName.K)).add(objr);
    annotation.put(
        PdfName.STRUCTPARENT, new PdfNumber(root().addExistingObject(link.getReference())));
  }

  /** The identifiers of the notes, in the root's {@code IDTree}. */
  private final Map<String, PdfObject> ids = new TreeMap<>();

  /**
   * Gives a note the identifier PDF/UA asks every {@code Note} to have (veraPDF's 7.9-1), unique in
   * the document and listed in the tree root's {@code IDTree}.
   */
  private void identify(PdfStructureElement note) {
    String id = "note-" + (ids.size() + 1);
    note.put(PdfName.ID, new PdfString(id));
    ids.put(id, note.getReference());
    try {
      root().put(ID_TREE, PdfNameTree.writeTree(ids, writer));
    } catch (IOException e) {
      throw new ExceptionConverter(e);
    }
  }

  private static final PdfName ID_TREE = new PdfName("IDTree");

  /** The tree's root, made once the document is open. */
  private PdfStructureTreeRoot root() {
    return writer.getStructureTreeRoot();
  }

  private static String target(PdfAnnotation annotation) {
    if (annotation.get(PdfName.A) instanceof PdfDictionary action
        && action.get(PdfName.URI) instanceof PdfString uri) {
      return uri.toUnicodeString();
    }
    return null;
  }

  /**
   * Whether the element's text has parts beside it: links, which make annotations, or citations.
   */
  private static boolean hasParts(Element element) {
    if (element instanceof Paragraph p) {
      for (Object chunk : p.getChunks()) {
        Map<String, Object> attributes = ((Chunk) chunk).getChunkAttributes();
        if (attributes != null
            && (attributes.containsKey(Chunk.ACTION)
                || attributes.get(Chunk.GENERICTAG) instanceof String tag
                    && tag.indexOf(PART) >= 0)) {
          return true;
        }
      }
    }
    return false;
  }
}
