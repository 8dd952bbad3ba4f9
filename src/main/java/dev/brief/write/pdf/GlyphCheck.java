package dev.brief.write.pdf;

import dev.brief.model.Brief;
import dev.brief.model.Point;
import dev.brief.model.Quote;
import dev.brief.model.Source;
import dev.brief.model.Statement;
import dev.brief.theme.Role;
import dev.brief.theme.TextStyle;
import dev.brief.theme.Theme;
import dev.brief.write.MissingGlyph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the characters of a brief that no font can draw, field by field, so the command line can
 * point at the line and column. OpenPDF itself would drop them without a word.
 */
final class GlyphCheck {
  private static final int CONTEXT = 12;

  private final FontChain fonts;
  private final Theme theme;
  private final List<MissingGlyph> found = new ArrayList<>();
  private final Set<String> seen = new LinkedHashSet<>();

  /**
   * Each answer of {@link #drawable} by roles, faces and code point: a brief repeats its letters.
   */
  private final Map<Long, Boolean> answers = new HashMap<>();

  GlyphCheck(FontChain fonts, Theme theme) {
    this.fonts = fonts;
    this.theme = theme;
  }

  List<MissingGlyph> check(Brief brief) {
    text("title", brief.title(), Role.TITLE, Role.HEADER);
    text("subject", brief.subject(), Role.HEADING);
    optional("author", brief.author(), Role.META);
    optional("classification", brief.classification(), Role.META, Role.HEADER);
    statement("position", brief.position());
    statement("proposals", brief.proposals());
    points("facts", brief.facts());
    points("positives", brief.positives());
    points("risks", brief.risks());
    text("conclusion", brief.conclusion(), Role.BODY);
    for (Map.Entry<String, Source> e : brief.sources().entrySet()) {
      String path = "sources." + e.getKey();
      text(path + ".name", e.getValue().name(), Role.LIST);
      optional(path + ".title", e.getValue().title(), Role.LIST);
      optional(path + ".url", e.getValue().url(), Role.LIST);
    }
    brief.labels().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> check("labels." + e.getKey(), e.getValue(), true, Role.HEADING, Role.BODY));
    return List.copyOf(found);
  }

  private void statement(String path, Statement statement) {
    text(path + ".summary", statement.summary(), Role.BODY);
    for (int i = 0; i < statement.quotes().size(); i++) {
      Quote q = statement.quotes().get(i);
      String at = path + ".quotes[" + i + "]";
      text(at + ".text", q.text(), Role.QUOTE);
      text(at + ".speaker", q.speaker(), Role.ATTRIBUTION);
      optional(at + ".role", q.role(), Role.ATTRIBUTION);
    }
  }

  private void points(String path, List<Point> points) {
    for (int i = 0; i < points.size(); i++) {
      text(path + "[" + i + "].text", points.get(i).text(), Role.BODY);
    }
  }

  private void optional(String path, Optional<String> value, Role... roles) {
    value.ifPresent(v -> text(path, v, roles));
  }

  /** A field of Markdown text: emphasis and strong can set any part of it italic or bold. */
  private void text(String path, String value, Role... roles) {
    check(path, value, value.indexOf('*') >= 0 || value.indexOf('_') >= 0, roles);
  }

  /**
   * Checks a text against the face of every role it is set in, or against all four faces of those
   * roles when {@code anyFace} (a label is also a bold run-in).
   */
  private void check(String path, String value, boolean anyFace, Role... roles) {
    boolean sure = true;
    for (Role role : roles) {
      sure &= Fonts.isSure(theme.style(role).family());
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      int end = i + Character.charCount(cp);
      // Most characters of most briefs: known drawn without a lookup (the lookup boxed a key per
      // character: 3% of a batch render).
      if (sure && Fonts.surelyInSure(cp)) {
        i = end;
        continue;
      }
      if (!ignorable(cp) && !drawable(cp, anyFace, roles) && seen.add(path + "#" + cp)) {
        found.add(new MissingGlyph(path, cp, around(value, i, end)));
      }
      i = end;
    }
  }

  private boolean drawable(int cp, boolean anyFace, Role... roles) {
    long key = (long) cp << 1 | (anyFace ? 1 : 0);
    for (Role role : roles) {
      key |= 1L << (32 + role.ordinal());
    }
    return answers.computeIfAbsent(key, k -> inEveryFace(cp, anyFace, roles));
  }

  private boolean inEveryFace(int cp, boolean anyFace, Role... roles) {
    for (Role role : roles) {
      TextStyle style = theme.style(role);
      for (int face = 0; face < (anyFace ? 4 : 1); face++) {
        boolean bold = style.bold() ^ (face & 1) != 0;
        boolean italic = style.italic() ^ (face & 2) != 0;
        if (!fonts.canDraw(style.family(), bold, italic, cp)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Characters that need no glyph: spaces, controls, joiners and variation selectors. */
  private static boolean ignorable(int cp) {
    int type = Character.getType(cp);
    return Character.isWhitespace(cp)
        || type == Character.CONTROL
        || type == Character.FORMAT
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  private static String around(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    return text.substring(from, to).replaceAll("\\s+", " ").strip();
  }
}
