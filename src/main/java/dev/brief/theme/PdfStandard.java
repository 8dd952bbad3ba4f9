package dev.brief.theme;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A standard a PDF can be written to conform to: PDF/UA-1 (accessible), and the PDF/A levels
 * (archival) the PDF writer can reach. A PDF conforms to at most one PDF/A level, and to PDF/UA-1
 * beside it or not.
 */
public enum PdfStandard {
  UA_1("ua-1", "PDF/UA-1"),
  A_1A("a-1a", "PDF/A-1a"),
  A_1B("a-1b", "PDF/A-1b"),
  A_2B("a-2b", "PDF/A-2b");

  private final String id;
  private final String title;

  PdfStandard(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The name users give it: {@code ua-1}, {@code a-2b}. */
  public String id() {
    return id;
  }

  /** The standard's own name: {@code PDF/UA-1}, {@code PDF/A-2b}. */
  public String title() {
    return title;
  }

  /** Whether this is a PDF/A level. */
  public boolean archival() {
    return this != UA_1;
  }

  /** The PDF/A conformance level: "A" (accessible, tagged) or "B" (basic); null for PDF/UA. */
  public String conformance() {
    return switch (this) {
      case A_1A -> "A";
      case A_1B, A_2B -> "B";
      case UA_1 -> null;
    };
  }

  /** The PDF/A part (1 or 2); 0 for PDF/UA. */
  public int part() {
    return switch (this) {
      case A_1A, A_1B -> 1;
      case A_2B -> 2;
      case UA_1 -> 0;
    };
  }

  /** Every id, comma-separated, for messages and help. */
  public static String ids() {
    List<String> ids = new ArrayList<>();
    for (PdfStandard standard : values()) {
      ids.add(standard.id);
    }
    return String.join(", ", ids);
  }

  /**
   * The standards a comma-separated list names ({@code ua-1}, {@code a-2b}, {@code ua-1,a-2b}).
   *
   * @throws IllegalArgumentException naming what is wrong: an unknown name, two PDF/A levels, or
   *     two standards that cannot be met together
   */
  public static Set<PdfStandard> parse(String spec) {
    Set<PdfStandard> standards = EnumSet.noneOf(PdfStandard.class);
    for (String part : spec.split(",", -1)) {
      String name = part.strip().toLowerCase(Locale.ROOT);
      PdfStandard found = null;
      for (PdfStandard standard : values()) {
        if (standard.id.equals(name)) {
          found = standard;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException(
            (name.isEmpty() ? "an empty name" : "'" + name + "'")
                + " is not a PDF standard brief can write (use "
                + ids()
                + ", or ua-1 with one PDF/A level: ua-1,a-2b)");
      }
      standards.add(found);
    }
    List<PdfStandard> archival = standards.stream().filter(PdfStandard::archival).toList();
    if (archival.size() > 1) {
      throw new IllegalArgumentException(
          "a PDF conforms to one PDF/A level at most, not both "
              + archival.get(0).id
              + " and "
              + archival.get(1).id);
    }
    PdfStandard one = archival.isEmpty() ? null : archival.get(0);
    if (standards.contains(UA_1) && one != null && one.part() == 1) {
      throw new IllegalArgumentException(
          "ua-1 and "
              + one.id
              + " cannot be met together: PDF/A-1 needs a CIDSet in every font, and the one"
              + " OpenPDF writes lists only the glyphs used, which PDF/UA-1 refuses (use "
              + one.id
              + " alone, or ua-1,a-2b)");
    }
    return standards;
  }
}
