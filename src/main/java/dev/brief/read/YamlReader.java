package dev.brief.read;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML document into a {@link Node} tree, safely: no custom tags, duplicate keys
 * rejected, limits on size, aliases and depth, UTF-8 only. Every problem becomes a {@link
 * BriefException} whose diagnostic carries the file, line and column. Thread-safe: SnakeYAML
 * objects are made per call, since they are not.
 */
public final class YamlReader {
  /** Files larger than this are refused before parsing: SnakeYAML's own limit is slow to trip. */
  public static final int MAX_BYTES = 1 << 20;

  static final int MAX_DEPTH = 64;
  static final int MAX_COLLECTION_ALIASES = 20;
  static final int MAX_NODES = 100_000;
  static final int ALIAS_TEXT_FACTOR = 10;

  private final FileKind kind;

  /** A reader for briefs. */
  public YamlReader() {
    this(FileKind.BRIEF);
  }

  /** A reader whose messages speak of files of {@code kind}. */
  public YamlReader(FileKind kind) {
    this.kind = kind;
  }

  public Node read(String file, byte[] content) throws BriefException {
    return read(file, content, new ArrayList<>());
  }

  /**
   * As {@link #read(String, byte[])}, and adds to {@code warnings} what is valid YAML but likely
   * not what the writer meant (text lost to a comment).
   */
  public Node read(String file, byte[] content, List<Diagnostic> warnings) throws BriefException {
    if (content.length > MAX_BYTES) {
      throw tooLarge(file, content.length, kind);
    }
    String text = SourceText.decode(file, content, kind);
    org.yaml.snakeyaml.nodes.Node root;
    LimitedParser parser = newParser(text, kind);
    try {
      root = new Composer(parser, new CoreSchemaResolver(), parser.options()).getSingleNode();
    } catch (LimitedParser.LimitException e) {
      throw fail(file, e.mark.line(), e.mark.column(), e.rule, e.getMessage());
    } catch (MarkedYAMLException e) {
      throw syntaxError(file, text, e, kind);
    } catch (ReaderException e) {
      Mark at = SourceText.markAt(text, SourceText.charIndex(text, e.getPosition()));
      throw fail(
          file,
          at.line(),
          at.column(),
          Rule.YAML_SYNTAX,
          String.format(
              "character U+%04X (%s) is not allowed in a %s; delete it",
              e.getCodePoint(),
              Objects.requireNonNullElse(
                  TextCharacters.kindOf(e.getCodePoint()), "a character YAML does not allow"),
              kind.noun()));
    } catch (YAMLException e) {
      throw fail(
          file, 1, 1, YamlMessages.rule(e.getMessage()), YamlMessages.reword(e.getMessage(), kind));
    }
    if (root == null) {
      throw fail(file, 1, 1, Rule.EMPTY_FILE, "file holds no YAML document; " + kind.starter());
    }
    var anchor = parser.unusedAnchor();
    if (anchor.isPresent()) {
      Mark at = anchor.get().getValue();
      throw fail(
          file,
          at.line(),
          at.column(),
          Rule.YAML_ANCHOR,
          "'&"
              + anchor.get().getKey()
              + "' makes a YAML anchor that nothing uses, so it is not part of the text; put the"
              + " value in quotes to keep the '&'");
    }
    return new TreeConverter(file, text, warnings, kind).convert(root);
  }

  /**
   * The error for a file of {@code kind} over {@link #MAX_BYTES}, for callers that check the size
   * before reading.
   */
  public static BriefException tooLarge(String file, long size, FileKind kind) {
    return fail(
        file,
        1,
        1,
        Rule.TOO_LARGE,
        "file is "
            + size
            + " bytes, more than the limit of "
            + MAX_BYTES
            + "; a "
            + kind.noun()
            + " should be a few kilobytes");
  }

  private static LimitedParser newParser(String text, FileKind kind) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    // LimitedParser trips first and says where; these stay as a second line of defence.
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(MAX_BYTES);
    options.setProcessComments(false);
    options.setMergeOnCompose(false);
    StreamReader reader = new StreamReader(text);
    return new LimitedParser(new ParserImpl(reader, options), options, reader, text, kind);
  }

  private static BriefException syntaxError(
      String file, String text, MarkedYAMLException e, FileKind kind) {
    var escape = YamlMessages.escapePastUnicode(e);
    if (escape.isPresent()) {
      // Where the escape's backslash stands, as for codes SnakeYAML cannot parse at all.
      org.yaml.snakeyaml.error.Mark digits = e.getProblemMark();
      return fail(
          file,
          digits.getLine() + 1,
          Math.max(1, digits.getColumn() - 1),
          Rule.YAML_SYNTAX,
          escape.get());
    }
    org.yaml.snakeyaml.error.Mark mark =
        YamlMessages.atStart(e) || e.getProblemMark() == null
            ? e.getContextMark()
            : e.getProblemMark();
    if (mark == null) {
      return fail(file, 1, 1, YamlMessages.rule(e), YamlMessages.reword(e, false, kind));
    }
    String message = YamlMessages.reword(e, SourceText.textBefore(text, mark.getIndex()), kind);
    // Placed from the index, as every other position: SnakeYAML's own line and column miss a
    // lone CR at the end of the file and put the error past the end of its line.
    Mark at = SourceText.markAt(text, SourceText.charIndex(text, mark.getIndex()));
    return fail(file, at.line(), at.column(), YamlMessages.rule(e), message);
  }

  static BriefException fail(String file, int line, int column, Rule rule, String message) {
    return new BriefException(Diagnostic.of(rule, file, line, column, "", message));
  }
}
