package dev.brief.cli;

import dev.brief.engine.Engine;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The output formats {@code -f} takes, from the engine's registry: picocli's completion candidates
 * and converter, worded as picocli words an enum's, so no list of formats is written in the CLI.
 */
final class Formats implements Iterable<String>, ITypeConverter<String> {
  @Override
  public Iterator<String> iterator() {
    return Engine.formats().iterator();
  }

  @Override
  public String convert(String value) {
    for (String format : Engine.formats()) {
      if (format.equalsIgnoreCase(value)) {
        return format;
      }
    }
    throw new TypeConversionException(
        "expected one of " + Engine.formats() + " (case-insensitive) but was '" + value + "'");
  }
}
