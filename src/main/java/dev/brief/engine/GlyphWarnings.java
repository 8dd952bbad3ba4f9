package dev.brief.engine;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.read.Mark;
import dev.brief.read.Node;
import dev.brief.read.NodePath;
import dev.brief.write.MissingGlyph;
import dev.brief.write.Output;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Words and places the characters no font has: in the brief's fields, or in the user's files. */
final class GlyphWarnings {
  private GlyphWarnings() {}

  /** Characters the output cannot show: at their field in the brief, else in the user's files. */
  static List<Diagnostic> of(Checked checked, Output output, Map<String, String> ownFiles) {
    List<Diagnostic> warnings = new ArrayList<>();
    Set<Integer> explained = new HashSet<>();
    Node tree = checked.tree().orElseThrow();
    for (MissingGlyph missing : output.missingGlyphs()) {
      warnings.add(inBrief(checked.file(), tree, missing));
      explained.add(missing.codePoint());
    }
    for (int cp : output.replaced()) {
      if (!explained.contains(cp)) {
        warnings.add(inOwnFiles(checked, cp, ownFiles));
      }
    }
    return warnings;
  }

  /** Characters of a brief's fields that no font has, each at its field. */
  static List<Diagnostic> inBrief(String file, Node tree, List<MissingGlyph> missing) {
    return missing.stream().map(m -> inBrief(file, tree, m)).toList();
  }

  private static Diagnostic inBrief(String file, Node tree, MissingGlyph missing) {
    String pointer = nearestPointer(tree, NodePath.toPointer(missing.fieldPath()));
    Mark mark = NodePath.atPointer(tree, pointer).map(Node::mark).orElse(tree.mark());
    String path = NodePath.toFieldPath(tree, pointer);
    int cp = missing.codePoint();
    return Diagnostic.of(
        Rule.MISSING_GLYPH,
        file,
        mark.line(),
        mark.column(),
        path,
        String.format(
            "no font has character U+%04X '%s' in '%s', so the PDF shows '\uFFFD' in its place;"
                + " remove it, or use a theme whose fonts have it",
            cp, new String(Character.toChars(cp)), path));
  }

  /**
   * A character no font has that is not in the brief: it came from the user's template or theme, so
   * the warning points there, at the character's first place.
   */
  private static Diagnostic inOwnFiles(Checked loaded, int cp, Map<String, String> ownFiles) {
    String ch = new String(Character.toChars(cp));
    String message =
        String.format(
            "no font has character U+%04X '%s', so the PDF shows '\uFFFD' in its place; remove it"
                + " or use a theme whose fonts have it",
            cp, ch);
    for (Map.Entry<String, String> own : ownFiles.entrySet()) {
      int at = own.getValue().indexOf(ch);
      if (at >= 0) {
        // CR, LF and CRLF each end a line, as editors count them.
        String before = own.getValue().substring(0, at).replaceAll("\r\n?", "\n");
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        return Diagnostic.of(Rule.MISSING_GLYPH, own.getKey(), line, column, "", message);
      }
    }
    return Diagnostic.of(Rule.MISSING_GLYPH, loaded.file(), 1, 1, "", message);
  }

  /** The pointer itself or its nearest ancestor in the tree: a plain-text point has no 'text'. */
  private static String nearestPointer(Node tree, String pointer) {
    String p = pointer;
    while (!p.isEmpty() && NodePath.atPointer(tree, p).isEmpty()) {
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return p;
  }
}
