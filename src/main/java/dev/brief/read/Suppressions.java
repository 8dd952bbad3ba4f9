package dev.brief.read;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Severity;
import dev.brief.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.CommentToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * The {@code # brief: ignore RULE...} comments of a brief: on a line of its own before the first
 * field, one silences its rules in the whole file; at the end of a line, on that line only. Found
 * by YAML's own scanner, so a '#' inside text or quotes is never taken for one. Only warnings can
 * be silenced; a comment naming no rule, an error rule, or standing where it applies to nothing is
 * itself an {@code unknown-rule} warning.
 */
public final class Suppressions {
  private static final Pattern IGNORE = Pattern.compile("\\s*brief:\\s*ignore\\b(.*)");

  private final Set<Rule> file = EnumSet.noneOf(Rule.class);
  private final Map<Integer, Set<Rule>> lines = new HashMap<>();
  private final List<Diagnostic> warnings = new ArrayList<>();

  /** A file without such comments. */
  public static final Suppressions NONE = new Suppressions();

  private Suppressions() {}

  /** The ignore comments of {@code text}, a brief that has already been read without errors. */
  public static Suppressions of(String name, String text) {
    if (!text.contains("brief:") || !text.contains("ignore")) {
      return NONE; // the common case: no scan at all
    }
    Suppressions found = new Suppressions();
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    ScannerImpl scanner = new ScannerImpl(new StreamReader(text), options);
    boolean top = true;
    try {
      while (scanner.checkToken(Token.ID.StreamEnd) == false) {
        Token token = scanner.getToken();
        if (token instanceof CommentToken comment) {
          found.comment(name, comment, top);
        } else if (token.getTokenId() != Token.ID.StreamStart
            && token.getTokenId() != Token.ID.DocumentStart) {
          top = false;
        }
      }
    } catch (YAMLException e) {
      // The reader has accepted the text; a scanner that disagrees finds no more comments.
    }
    return found;
  }

  private void comment(String name, CommentToken comment, boolean top) {
    Matcher m = IGNORE.matcher(comment.getValue());
    if (!m.matches()) {
      return;
    }
    int line = comment.getStartMark().getLine() + 1;
    int column = comment.getStartMark().getColumn() + 1;
    boolean ownLine = comment.getCommentType() == CommentType.BLOCK;
    if (ownLine && !top) {
      warn(
          name,
          line,
          column,
          "this 'brief: ignore' stands on a line of its own after the first field, where it"
              + " applies to nothing; put it before the first field for the whole file, or at the"
              + " end of the line it is for");
      return;
    }
    String[] ids = m.group(1).strip().split("[\\s,]+");
    if (ids.length == 1 && ids[0].isEmpty()) {
      warn(name, line, column, "'brief: ignore' names no rule; write the rule ids after it");
      return;
    }
    List<String> known = Arrays.stream(Rule.values()).map(Rule::id).toList();
    for (String id : ids) {
      var rule = Rule.byId(id);
      if (rule.isEmpty()) {
        warn(
            name,
            line,
            column,
            "'brief: ignore' names no rule '"
                + id
                + "'"
                + Suggestions.closest(id, known).map(b -> " (did you mean '" + b + "'?)").orElse("")
                + "; the README's table of rules lists them");
      } else if (rule.get().defaultSeverity() == Severity.ERROR) {
        warn(
            name,
            line,
            column,
            "'" + id + "' is an error, which cannot be ignored; only warnings can");
      } else if (ownLine) {
        file.add(rule.get());
      } else {
        lines.computeIfAbsent(line, k -> EnumSet.noneOf(Rule.class)).add(rule.get());
      }
    }
  }

  private void warn(String name, int line, int column, String message) {
    warnings.add(Diagnostic.of(Rule.UNKNOWN_RULE, name, line, column, "", message));
  }

  /**
   * Whether a comment silences this diagnostic: a warning of a rule ignored in its file or line.
   */
  public boolean silences(Diagnostic d) {
    return !d.isError()
        && (file.contains(d.rule()) || lines.getOrDefault(d.line(), Set.of()).contains(d.rule()));
  }

  /** {@code diagnostics} without those the comments silence. */
  public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
    return this == NONE ? diagnostics : diagnostics.stream().filter(d -> !silences(d)).toList();
  }

  /** The warnings about the comments themselves. */
  public List<Diagnostic> warnings() {
    return List.copyOf(warnings);
  }
}
