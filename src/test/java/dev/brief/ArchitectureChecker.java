package dev.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks Java source text against architecture rules, line by line. Comments and string or char
 * literals are blanked first (newlines kept), so a rule sees only code: import lines, static
 * imports and fully qualified names alike, and never a library named in a Javadoc sentence.
 */
final class ArchitectureChecker {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

  /**
   * One rule: code matching {@code forbidden} is a violation in any package {@code appliesTo}
   * accepts (a full package name such as {@code dev.brief.write.pdf}).
   */
  record Rule(String name, Pattern forbidden, Predicate<String> appliesTo) {}

  private ArchitectureChecker() {}

  /**
   * Every violation in one file, as {@code file:line: rule: code}; empty when it keeps them all.
   */
  static List<String> check(String file, String source, List<Rule> rules) {
    String code = codeOnly(source);
    Matcher pkg = PACKAGE.matcher(code);
    if (!pkg.find()) {
      return List.of(file + ":1: no package declaration");
    }
    String packageName = pkg.group(1);
    List<String> violations = new ArrayList<>();
    String[] lines = code.split("\n", -1);
    String[] shown = source.split("\n", -1);
    for (Rule rule : rules) {
      if (!rule.appliesTo().test(packageName)) {
        continue;
      }
      for (int i = 0; i < lines.length; i++) {
        Matcher m = rule.forbidden().matcher(lines[i]);
        if (m.find()) {
          violations.add(file + ":" + (i + 1) + ": " + rule.name() + ": " + shown[i].strip());
        }
      }
    }
    return violations;
  }

  /** The package of a source file, as {@link #check} sees it. */
  static String packageOf(String source) {
    Matcher pkg = PACKAGE.matcher(codeOnly(source));
    return pkg.find() ? pkg.group(1) : "";
  }

  /** Whether {@code pkg} is {@code dev.brief.NAME} or one of its subpackages. */
  static boolean within(String pkg, String name) {
    String base = "dev.brief." + name;
    return pkg.equals(base) || pkg.startsWith(base + ".");
  }

  /** The source with comments and literals replaced by spaces; line breaks stay where they are. */
  static String codeOnly(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      String end = null;
      if (source.startsWith("//", i)) {
        end = "\n";
      } else if (source.startsWith("/*", i)) {
        end = "*/";
      } else if (source.startsWith("\"\"\"", i)) {
        end = "\"\"\"";
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        end = String.valueOf(source.charAt(i));
      }
      if (end == null) {
        out.append(source.charAt(i++));
        continue;
      }
      int start = i;
      i += end.equals("\n") ? 2 : end.length();
      while (i < n && !source.startsWith(end, i)) {
        i += source.charAt(i) == '\\' && !end.equals("\n") ? 2 : 1;
      }
      i = Math.min(n, end.equals("\n") ? i : i + end.length());
      for (int j = start; j < i; j++) {
        out.append(source.charAt(j) == '\n' ? '\n' : ' ');
      }
    }
    return out.toString();
  }
}
