package dev.brief.engine;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template as data: the name of its main file and every file it may include, name to bytes
 * (UTF-8). Names use {@code /} between folders and are what diagnostics print, so a caller may
 * prefix them with the folder the user typed. Fed from files, the jar or memory alike.
 */
public record SourceSet(String main, Map<String, byte[]> files) {
  public SourceSet {
    requireNonNull(main, "main");
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }
}
