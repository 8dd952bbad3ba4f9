package dev.brief.report;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run written by hand, the input of a report golden case. {@code file NAME} starts a checked
 * file; each line after it, {@code LINE:COL: SEVERITY: MESSAGE [RULE] path=PATH} (the path part may
 * be left out), is one of its diagnostics; a line {@code strict} makes warnings fail files as
 * {@code --strict} does; a line {@code command render} makes it a render run, in which a line
 * {@code output PATH} names the output written for the file before it, and a line {@code
 * not-written REASON} says why none was; {@code #} starts a comment. In names, messages and paths
 * {@code \n}, {@code \r}, {@code \t}, {@code \\} and {@code \}{@code uXXXX} stand for the
 * character, so a file name can hold a line break.
 */
final class ResultsFile {
  private static final Pattern DIAGNOSTIC =
      Pattern.compile("(\\d+):(\\d+): (error|warning): (.*) \\[([^\\]]+)\\](?: path=(.*))?");

  private ResultsFile() {}

  /** The source root of every case's run. */
  static final String SOURCE_ROOT = "file:///work/repo/";

  /** A run and its results. */
  record Parsed(Run run, List<FileResult> results) {}

  /** The run {@code input} describes. */
  static Parsed parse(Path input) throws IOException {
    List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
    boolean strict = lines.contains("strict");
    String command = lines.contains("command render") ? "render" : "validate";
    List<FileResult> results = new ArrayList<>();
    String file = null;
    String output = null;
    String notWritten = null;
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()
          || line.startsWith("#")
          || line.equals("strict")
          || line.startsWith("command ")) {
        continue;
      }
      if (line.startsWith("file ")) {
        if (file != null) {
          results.add(result(file, diagnostics, strict, output, notWritten));
        }
        file = unescape(line.substring("file ".length()));
        diagnostics = new ArrayList<>();
        output = null;
        notWritten = null;
        continue;
      }
      if (line.startsWith("not-written ") && file != null) {
        notWritten = unescape(line.substring("not-written ".length()));
        continue;
      }
      if (line.startsWith("output ") && file != null) {
        output = unescape(line.substring("output ".length()));
        continue;
      }
      Matcher m = DIAGNOSTIC.matcher(line);
      if (file == null || !m.matches()) {
        throw new IllegalArgumentException(input + ": not 'file NAME' or a diagnostic: " + line);
      }
      diagnostics.add(
          new Diagnostic(
              file,
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Severity.valueOf(m.group(3).toUpperCase(Locale.ROOT)),
              Rule.byId(m.group(5))
                  .orElseThrow(() -> new IllegalArgumentException("unknown rule " + m.group(5))),
              m.group(6) == null ? "" : unescape(m.group(6)),
              unescape(m.group(4))));
    }
    if (file != null) {
      results.add(result(file, diagnostics, strict, output, notWritten));
    }
    return new Parsed(new Run(command, "0.1.0", strict, SOURCE_ROOT), results);
  }

  /** As the cli decides it: a file fails on an error, or under strict on any diagnostic. */
  private static FileResult result(
      String file, List<Diagnostic> diagnostics, boolean strict, String output, String notWritten) {
    boolean failed =
        diagnostics.stream().anyMatch(Diagnostic::isError) || (strict && !diagnostics.isEmpty());
    return new FileResult(
        file, diagnostics, failed, Optional.ofNullable(output), Optional.ofNullable(notWritten));
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
