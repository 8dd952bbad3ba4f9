package dev.brief.compose;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one template folder, by name relative to it, and the words for what is wrong in
 * them: every problem is a {@code template-error} diagnostic at the file, line and column of the
 * offending tag.
 */
final class TemplateSources {
  static final String EXTENSION = ".mustache";

  private final String main;
  private final Map<String, String> files;
  private final Map<String, String> refused;

  /** Each file's lines, split once: a template may hold thousands of tags to place. */
  private final Map<String, String[]> lines = new HashMap<>();

  /**
   * Every line ending becomes {@code \n}: Mustache counts only {@code \n}, so a file saved with CR
   * alone would be reported on its first line. The composed memo is tidied to {@code \n} anyway.
   */
  TemplateSources(String main, Map<String, String> files, Map<String, String> refused) {
    Map<String, String> unified = new HashMap<>();
    files.forEach((name, text) -> unified.put(name, text.replaceAll("\r\n?", "\n")));
    this.main = main;
    this.files = Map.copyOf(unified);
    this.refused = Map.copyOf(refused);
  }

  String main() {
    return main;
  }

  Map<String, String> files() {
    return files;
  }

  Map<String, String> refused() {
    return refused;
  }

  /** How many folders below the main file's folder a file lies. */
  int folderDepth(String path) {
    String dir = main.substring(0, main.lastIndexOf('/') + 1);
    String below = path.startsWith(dir) ? path.substring(dir.length()) : path;
    return (int) below.chars().filter(c -> c == '/').count();
  }

  /** The file a partial tag names, seen from the file that holds the tag. */
  static String partialPath(String includingFile, String name) {
    String dir = includingFile.substring(0, includingFile.lastIndexOf('/') + 1);
    return dir + (name.endsWith(EXTENSION) ? name : name + EXTENSION);
  }

  /** Whether a partial name stays inside the template folder. */
  static boolean staysInside(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
      return false;
    }
    for (String segment : name.split("/", -1)) {
      if (segment.equals("..") || segment.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  TemplateProblem problem(String file, int line, Pattern tag, String message) {
    return new TemplateProblem(
        Diagnostic.of(Rule.TEMPLATE_ERROR, file, line, column(file, line, tag), "", message));
  }

  /** The 1-based column where {@code tag} first matches on a line, or 1 when it does not. */
  int column(String file, int line, Pattern tag) {
    String text = files.get(file);
    if (text == null || line < 1 || tag == null) {
      return 1;
    }
    String[] split = lines.computeIfAbsent(file, f -> text.split("\n", -1));
    if (line > split.length) {
      return 1;
    }
    Matcher m = tag.matcher(split[line - 1]);
    return m.find() ? m.start() + 1 : 1;
  }

  /** A pattern for a tag of the given sigils ({@code "#^"}, or none) around a name. */
  static Pattern tag(String sigils, String name) {
    StringBuilder set = new StringBuilder();
    sigils.chars().forEach(c -> set.append('\\').append((char) c));
    String sigil = sigils.isEmpty() ? "" : "[" + set + "]\\s*";
    return Pattern.compile("\\{\\{\\s*" + sigil + Pattern.quote(name) + "\\s*\\}?\\}\\}");
  }
}
