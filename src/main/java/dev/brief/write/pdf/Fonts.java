package dev.brief.write.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts brief can embed, each read and parsed at most once per process and shared by every
 * render (parsing a TTF costs milliseconds to a hundred). A {@link BaseFont} can be shared: what a
 * document uses of it is kept by that document's writer, and subsetting reads a copy of the font
 * data. Thread-safe.
 */
final class Fonts {
  private static final String LIBERATION = "liberation/Liberation";
  private static final String DEJAVU = "dev/brief/templates/fonts/DejaVuSans";

  /** Family name to its files: regular, bold, italic, bold italic. */
  private static final Map<String, List<String>> FAMILIES =
      Map.of(
          "Liberation Serif", liberation("Serif"),
          "Liberation Sans", liberation("Sans"),
          "Liberation Mono", liberation("Mono"),
          // Only the upright DejaVu faces ship: it is the fallback for rare symbols.
          "DejaVu Sans",
              List.of(
                  DEJAVU + ".ttf", DEJAVU + "-Bold.ttf", DEJAVU + ".ttf", DEJAVU + "-Bold.ttf"));

  /**
   * The deflate level of every stream, fonts and pages alike: 1, the fastest. Measured on 1,000
   * copies of the example, level 6 (zlib's default) spent 1.5 ms more a brief for a PDF 5% smaller
   * (80 against 84 kB).
   */
  static final int COMPRESSION = 1;

  private static final Fonts SHARED = new Fonts();

  private final Map<String, BaseFont> faces = new ConcurrentHashMap<>();

  private Fonts() {}

  /** The process-wide font cache. */
  static Fonts load() {
    return SHARED;
  }

  /**
   * Whether every face of {@code family} surely has {@code cp}, known without parsing a font: for
   * the Liberation families, Basic Latin, Latin-1, Latin Extended-A, basic Cyrillic and the dashes,
   * quotes, daggers, bullet, ellipsis, per mille, primes, angle quotes, euro, numero and trade mark
   * signs (each is checked against all twelve faces by a test). The glyph check of a brief written
   * in these loads no font at all.
   */
  static boolean surelyDraws(String family, int cp) {
    return isSure(family) && surelyInSure(cp);
  }

  /** Whether {@code family} is one whose every face draws what {@link #surelyInSure} names. */
  static boolean isSure(String family) {
    return family.startsWith("Liberation ") && FAMILIES.containsKey(family);
  }

  /** Whether every face of a family that {@link #isSure} draws {@code cp}. */
  static boolean surelyInSure(int cp) {
    return cp >= 0x20 && cp <= 0x7E
        || cp >= 0xA0 && cp <= 0x17F
        || cp >= 0x400 && cp <= 0x45F
        || SURE_PUNCTUATION.indexOf(cp) >= 0;
  }

  private static final String SURE_PUNCTUATION =
      "\u2010\u2012\u2013\u2014\u2015\u2017\u2018\u2019\u201A\u201B\u201C\u201D\u201E"
          + "\u201F\u2020\u2021\u2022\u2026\u2030\u2032\u2033\u2034\u2039\u203A\u20AC"
          + "\u2116\u2122";

  /** The families this writer can embed: every one a theme may name. */
  static Set<String> families() {
    return FAMILIES.keySet();
  }

  /** The classpath resource of one face; the name ends in .ttf, which OpenPDF needs. */
  static String resource(String family, boolean bold, boolean italic) {
    List<String> files = FAMILIES.get(family);
    if (files == null) {
      throw new IllegalArgumentException("unknown font family '" + family + "'");
    }
    return files.get((bold ? 1 : 0) + (italic ? 2 : 0));
  }

  /** One face of a family, parsed on first use. */
  BaseFont face(String family, boolean bold, boolean italic) {
    return faces.computeIfAbsent(resource(family, bold, italic), Fonts::create);
  }

  private static BaseFont create(String resource) {
    try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + resource);
      }
      BaseFont font =
          BaseFont.createFont(
              resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
      font.setSubset(true);
      font.setCompressionLevel(COMPRESSION);
      // A CIDSet must list every glyph of the subset, which OpenPDF's does not: PDF/A-2 and
      // PDF/UA-1 (7.21.4.2) refuse it, and it is optional everywhere.
      font.setIncludeCidSet(false);
      // The subset prefix (ABCDEF+Name) is random by default; seeded, the bytes are reproducible.
      font.setSecureRandom(seeded(resource));
      return font;
    } catch (DocumentException | IOException e) {
      throw new UncheckedIOException(new IOException("cannot load font " + resource, e));
    }
  }

  /**
   * The random source OpenPDF draws the subset tag (ABCDEF+Name) of {@code resource}, a face brief
   * ships, from: the same tag in every document, and a letter of its own for each face (A to N),
   * since the subsets of one file must have different tags (PDF 9.6.4).
   */
  static SecureRandom seeded(String resource) {
    int index = BUILT_IN.indexOf(resource);
    if (index < 0) {
      throw new IllegalArgumentException("not a face brief ships: " + resource);
    }
    return new SeededRandom(index);
  }

  /**
   * As {@link #seeded}, for the font file at {@code place} in a theme's list: O to Z, in order (a
   * theme with more than twelve font files repeats them).
   */
  static SecureRandom seededFontFile(int place) {
    return new SeededRandom(BUILT_IN.size() + Math.floorMod(place, 26 - BUILT_IN.size()));
  }

  /** Every face file brief ships, in a fixed order: each one's place gives its subset tag. */
  private static final List<String> BUILT_IN = builtIn();

  private static List<String> builtIn() {
    List<String> all = new ArrayList<>();
    for (String kind : List.of("Serif", "Sans", "Mono")) {
      all.addAll(liberation(kind));
    }
    all.add(DEJAVU + ".ttf");
    all.add(DEJAVU + "-Bold.ttf");
    return List.copyOf(all);
  }

  private static List<String> liberation(String kind) {
    String base = LIBERATION + kind;
    return List.of(
        base + "-Regular.ttf", base + "-Bold.ttf", base + "-Italic.ttf", base + "-BoldItalic.ttf");
  }

  /**
   * A SecureRandom whose every draw is the same: OpenPDF takes each of a tag's six letters as
   * {@code 26 * nextDouble()}, so the tag is one letter six times, and the same on every thread
   * that shares the font. It asks the JDK's security providers for nothing: their first use (a
   * default PRNG, a SHA-256 digest) costs a cold JVM 25 to 30 ms.
   */
  private static final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 2L;
    private final int letter;

    SeededRandom(int letter) {
      super(new Spi(letter), null);
      this.letter = letter;
    }

    @Override
    public double nextDouble() {
      return (letter + 0.5) / 26;
    }

    /** Bytes for any other draw: fixed by the letter, and the same on every call. */
    private static final class Spi extends SecureRandomSpi {
      private static final long serialVersionUID = 1L;
      private final long seed;

      Spi(long seed) {
        this.seed = seed;
      }

      @Override
      protected void engineSetSeed(byte[] extra) {
        // Fixed by design: the seed is the face's letter.
      }

      @Override
      protected void engineNextBytes(byte[] bytes) {
        new SplittableRandom(seed).nextBytes(bytes);
      }

      @Override
      protected byte[] engineGenerateSeed(int count) {
        byte[] bytes = new byte[count];
        engineNextBytes(bytes);
        return bytes;
      }
    }
  }
}
