package dev.brief.cli;

import dev.brief.engine.Engine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The values {@code --pdf-standard} takes, for shell completion, from the engine: each id, then
 * each pair of them the engine accepts together ({@code ua-1,a-2b}).
 */
final class PdfStandards implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return values().iterator();
  }

  static List<String> values() {
    List<String> ids = Engine.pdfStandards();
    List<String> values = new ArrayList<>(ids);
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String pair = ids.get(i) + "," + ids.get(j);
        try {
          Engine.builder().pdfStandard(pair);
          values.add(pair);
        } catch (IllegalArgumentException e) {
          // Not to be had together (two PDF/A levels, or PDF/A-1 with PDF/UA-1).
        }
      }
    }
    return List.copyOf(values);
  }
}
