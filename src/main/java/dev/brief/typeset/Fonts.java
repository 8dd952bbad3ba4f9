package dev.brief.typeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font files brief can embed, read from the classpath at most once per process and shared by
 * every render (reading and parsing a TTF costs about 100 ms; reusing the bytes, a few ms).
 * Thread-safe.
 */
public final class Fonts {
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

  private static final Fonts SHARED = new Fonts();

  private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();

  private Fonts() {}

  /** The process-wide font cache. */
  public static Fonts load() {
    return SHARED;
  }

  /** The family names a theme may use. */
  public static Set<String> families() {
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

  /** The bytes of a face, read on first use. The caller must not modify the array. */
  byte[] bytes(String resource) {
    return bytes.computeIfAbsent(resource, Fonts::read);
  }

  private static byte[] read(String resource) {
    try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> liberation(String kind) {
    String base = LIBERATION + kind;
    return List.of(
        base + "-Regular.ttf", base + "-Bold.ttf", base + "-Italic.ttf", base + "-BoldItalic.ttf");
  }
}
