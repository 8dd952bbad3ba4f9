package dev.brief.read;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Rule;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A file's bytes as text, and places in that text as an editor counts lines and columns. */
final class SourceText {
  private SourceText() {}

  /** UTF-8 bytes as text without a BOM, or the first bad byte's place. */
  static String decode(String file, byte[] content, FileKind kind) throws BriefException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = withoutBom(decoder.decode(ByteBuffer.wrap(content)).toString());
      refuseLineSeparators(file, text, kind);
      return text;
    } catch (CharacterCodingException e) {
      int bad = firstMalformedByte(content);
      String before = withoutBom(new String(content, 0, bad, StandardCharsets.UTF_8));
      Mark at = markAt(before, before.length());
      throw YamlReader.fail(
          file,
          at.line(),
          at.column(),
          Rule.NOT_UTF8,
          String.format(
              "byte 0x%02X is not valid UTF-8; save the file as UTF-8", content[bad] & 0xFF));
    }
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static int firstMalformedByte(byte[] content) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(content);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(content.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), content.length - 1);
  }

  /**
   * SnakeYAML reads YAML 1.1, where U+0085, U+2028 and U+2029 break lines; editors and YAML 1.2 do
   * not. Read on, every line number after one would be wrong and one in a comment or a plain value
   * breaks the file, so the first is refused where an editor shows it.
   */
  private static void refuseLineSeparators(String file, String text, FileKind kind)
      throws BriefException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        Mark at = markAt(text, i);
        throw YamlReader.fail(
            file,
            at.line(),
            at.column(),
            Rule.YAML_SYNTAX,
            String.format(
                "character U+%04X (a line separator) is not allowed in a %s; replace it with a"
                    + " space or a line break",
                (int) c, kind.noun()));
      }
    }
  }

  /** The line and column of a char index, counting lines as editors do: LF, CRLF or CR. */
  static Mark markAt(String text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new Mark(line, column);
  }

  /** Whether anything but spaces precedes a code-point index on its line. */
  static boolean textBefore(String text, int codePoints) {
    int end = charIndex(text, codePoints);
    int start = end;
    while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
      start--;
    }
    return !text.substring(start, end).isBlank();
  }

  /** SnakeYAML counts code points; Java strings count chars. */
  static int charIndex(String text, int codePoints) {
    return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
  }
}
