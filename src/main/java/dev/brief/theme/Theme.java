package dev.brief.theme;

import static java.util.Objects.requireNonNull;

import dev.brief.diagnostic.BriefException;
import dev.brief.language.Languages;
import dev.brief.read.FileKind;
import dev.brief.read.Node;
import dev.brief.read.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every typographic choice of the PDF, read from a YAML theme. The default theme ships in the jar
 * ({@code dev/brief/templates/theme.yaml}); a user theme is merged over it key by key, so it only
 * needs the keys it changes. {@code smartPunctuation} turns on the typography pass (the language's
 * quotation marks, apostrophes, no-break spaces) for every format.
 */
public record Theme(
    Page page,
    List<String> fallback,
    Map<Role, TextStyle> styles,
    QuoteBar quote,
    String linkColor,
    String ruleColor,
    Running header,
    Running footer,
    Map<String, String> pageOf,
    boolean smartPunctuation,
    List<FontFile> fontFiles,
    LinkUrls linkUrls,
    Set<PdfStandard> pdfStandards) {

  /** The resource name of the default theme, relative to the classpath root. */
  public static final String DEFAULT_RESOURCE = "dev/brief/templates/theme.yaml";

  public Theme {
    requireNonNull(page, "page");
    fallback = List.copyOf(fallback);
    styles = Map.copyOf(new EnumMap<>(styles));
    requireNonNull(quote, "quote");
    requireNonNull(linkColor, "linkColor");
    requireNonNull(ruleColor, "ruleColor");
    requireNonNull(header, "header");
    requireNonNull(footer, "footer");
    pageOf = Map.copyOf(pageOf);
    fontFiles = List.copyOf(fontFiles);
    requireNonNull(linkUrls, "linkUrls");
    pdfStandards = Set.copyOf(pdfStandards);
  }

  /**
   * A font file that {@code fallback} names by its path, as written (relative to the theme's
   * folder), with the place it is named, so a caller can read it and report where it is missing.
   */
  public record FontFile(String path, String file, int line, int column) {
    /** Whether a fallback entry names a font file rather than a built-in family. */
    public static boolean isPath(String entry) {
      return entry.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(ttf|otf|ttc)");
    }
  }

  /**
   * How the PDF prints the address of a link whose text is not its URL: in parentheses after the
   * text, or as a numbered note at the end of the memo.
   */
  public enum LinkUrls {
    AFTER_TEXT("after-text"),
    NOTES("notes");

    private final String key;

    LinkUrls(String key) {
      this.key = key;
    }

    /** The value as a theme writes it. */
    public String key() {
      return key;
    }
  }

  /** The font families a theme may name; every writer knows how to draw or name each. */
  public static final List<String> FAMILIES =
      List.of("Liberation Serif", "Liberation Sans", "Liberation Mono", "DejaVu Sans");

  /** Page size ({@code A4} or {@code Letter}) and margins in points. */
  public record Page(String size, float top, float right, float bottom, float left) {
    /** The paper's width in points (A4 is 595 by 842, Letter 612 by 792). */
    public float width() {
      return size.equals("Letter") ? 612 : 595;
    }

    /** The paper's height in points. */
    public float height() {
      return size.equals("Letter") ? 792 : 842;
    }
  }

  /** The bar at the left of a pull quote and how far the quote text sits from the margin. */
  public record QuoteBar(float indent, float barWidth, String barColor) {}

  /** How far a running header's baseline sits above the text area, and a footer below it, in pt. */
  public static final float RUNNING_GAP = 14;

  /** A running header or footer: three slots of text with placeholders, and a rule line. */
  public record Running(String left, String center, String right, boolean rule) {}

  public TextStyle style(Role role) {
    return styles.get(role);
  }

  /** The "Page X of Y" phrase for a language tag, falling back to its primary subtag, then en. */
  public String pageOf(String lang) {
    String primary = Languages.primary(lang);
    return pageOf.getOrDefault(lang, pageOf.getOrDefault(primary, pageOf.getOrDefault("en", "")));
  }

  /** The built-in theme, read once per process. */
  public static Theme defaultTheme() {
    return DefaultHolder.THEME;
  }

  /** The default theme's YAML text, for {@code brief templates export}. */
  public static String defaultThemeText() {
    return new String(defaultBytes(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A user theme, merged over the default; bad values are diagnostics against {@code file}. */
  public static Theme load(String file, Node tree) throws BriefException {
    return new ThemeReader(DefaultHolder.TREE, file, tree).read();
  }

  static Node defaultTree() {
    return DefaultHolder.TREE;
  }

  private static byte[] defaultBytes() {
    try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class DefaultHolder {
    static final Node TREE = readDefaultTree();
    static final Theme THEME = readDefault();

    private static Node readDefaultTree() {
      try {
        return new YamlReader(FileKind.THEME).read("theme.yaml", defaultBytes());
      } catch (BriefException e) {
        throw new IllegalStateException("built-in theme is broken: " + e.getMessage(), e);
      }
    }

    private static Theme readDefault() {
      try {
        return new ThemeReader(TREE, "theme.yaml", null).read();
      } catch (BriefException e) {
        throw new IllegalStateException("built-in theme is broken: " + e.getMessage(), e);
      }
    }
  }
}
