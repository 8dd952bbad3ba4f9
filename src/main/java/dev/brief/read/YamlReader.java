package dev.brief.read;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;

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

  public Node read(String file, byte[] content) throws BriefException {
    if (content.length > MAX_BYTES) {
      throw tooLarge(file, content.length);
    }
    String text = decode(file, content);
    org.yaml.snakeyaml.nodes.Node root;
    try {
      root = newYaml().compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      throw syntaxError(file, e);
    } catch (ReaderException e) {
      Mark at = markAt(text, e.getPosition());
      throw fail(
          file,
          at.line(),
          at.column(),
          "yaml-syntax",
          String.format(
              "character U+%04X is not allowed in YAML; delete it or write it as an escape in"
                  + " double quotes",
              e.getCodePoint()));
    } catch (YAMLException e) {
      if (e.getMessage() != null && e.getMessage().contains("Number of aliases")) {
        Mark at = AliasScan.excessAlias(newYaml(), text, MAX_COLLECTION_ALIASES);
        throw fail(file, at.line(), at.column(), "yaml-alias", YamlMessages.reword(e.getMessage()));
      }
      throw fail(
          file, 1, 1, YamlMessages.rule(e.getMessage()), YamlMessages.reword(e.getMessage()));
    }
    if (root == null) {
      throw fail(file, 1, 1, "empty-file", "file holds no YAML document; start from 'brief new'");
    }
    return new TreeConverter(file).convert(root, 0);
  }

  /** The line and column of a code-point offset into the text. */
  private static Mark markAt(String text, int codePoints) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < codePoints; seen++) {
      int cp = text.codePointAt(i);
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(cp);
    }
    return new Mark(line, column);
  }

  /**
   * The error for a file over {@link #MAX_BYTES}, for callers that check the size before reading.
   */
  public static BriefException tooLarge(String file, long size) {
    return fail(
        file,
        1,
        1,
        "too-large",
        "file is "
            + size
            + " bytes, more than the limit of "
            + MAX_BYTES
            + "; a brief should be a few kilobytes");
  }

  private static Yaml newYaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    options.setProcessComments(false);
    options.setMergeOnCompose(false);
    return new Yaml(
        new SafeConstructor(options),
        new Representer(new DumperOptions()),
        new DumperOptions(),
        options,
        new CoreSchemaResolver());
  }

  private static String decode(String file, byte[] content) throws BriefException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(content)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int bad = firstMalformedByte(content);
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (content[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column =
          new String(content, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw fail(
          file,
          line,
          column,
          "not-utf8",
          String.format(
              "byte 0x%02X is not valid UTF-8; save the file as UTF-8", content[bad] & 0xFF));
    }
  }

  private static int firstMalformedByte(byte[] content) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(content);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(content.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), content.length - 1);
  }

  private static BriefException syntaxError(String file, MarkedYAMLException e) {
    // An unclosed quote is found at the end of the file; where it opens is where to look.
    boolean quoted = String.valueOf(e.getContext()).contains("quoted scalar");
    org.yaml.snakeyaml.error.Mark mark =
        quoted && e.getContextMark() != null
            ? e.getContextMark()
            : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    int line = mark == null ? 1 : mark.getLine() + 1;
    int column = mark == null ? 1 : mark.getColumn() + 1;
    String rule = YamlMessages.rule(e);
    return fail(file, line, column, rule, YamlMessages.reword(e));
  }

  static BriefException fail(String file, int line, int column, String rule, String message) {
    return new BriefException(Diagnostic.error(file, line, column, rule, "", message));
  }
}
