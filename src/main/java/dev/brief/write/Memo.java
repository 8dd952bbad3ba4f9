package dev.brief.write;

import static java.util.Objects.requireNonNull;

import dev.brief.layout.Layout;
import dev.brief.model.Brief;
import dev.brief.theme.Theme;
import java.time.Instant;

/**
 * Everything a writer needs for one memo: the brief (metadata, header and footer values), the
 * Markdown the template composed, its layout, the theme, and the timestamp written into formats
 * that carry one.
 */
public record Memo(Brief brief, String markdown, Layout layout, Theme theme, Instant timestamp) {
  public Memo {
    requireNonNull(brief, "brief");
    requireNonNull(markdown, "markdown");
    requireNonNull(layout, "layout");
    requireNonNull(theme, "theme");
    requireNonNull(timestamp, "timestamp");
  }
}
