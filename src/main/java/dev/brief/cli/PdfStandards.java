package dev.brief.cli;

import dev.brief.engine.Engine;
import java.util.Iterator;

/** The ids {@code --pdf-standard} takes, for shell completion, from the engine. */
final class PdfStandards implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Engine.pdfStandards().iterator();
  }
}
