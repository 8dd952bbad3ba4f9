package dev.brief.engine;

import static java.util.Objects.requireNonNull;

import dev.brief.compose.Template;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template as data: the name of its main file and every file it may include, name to bytes
 * (UTF-8). Names use {@code /} between folders and are what diagnostics print, so a caller may
 * prefix them with the folder the user typed. Fed from files, the jar or memory alike. {@code
 * refused} names files that exist but were not read, with why ("is 2000000 bytes, over..."), so a
 * partial that names one is told what is wrong instead of "not found".
 */
public record SourceSet(String main, Map<String, byte[]> files, Map<String, String> refused) {
  /** The largest template or partial file read, in bytes: a template is a few kilobytes. */
  public static final long MAX_FILE_BYTES = Template.MAX_FILE_BYTES;

  /** How many folders below the template's folder partials may live ({@code parts/quote}). */
  public static final int MAX_FOLDER_DEPTH = Template.MAX_FOLDER_DEPTH;

  public SourceSet {
    requireNonNull(main, "main");
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    refused = Map.copyOf(refused);
  }

  public SourceSet(String main, Map<String, byte[]> files) {
    this(main, files, Map.of());
  }
}
