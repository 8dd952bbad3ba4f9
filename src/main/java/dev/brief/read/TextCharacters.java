package dev.brief.read;

import java.util.Optional;

/**
 * The characters a value may not hold, however they were written. Raw, SnakeYAML already refuses
 * most of them as unprintable; written as escapes ({@code "\x07"}, {@code "\0"}, U+FFFE) they would
 * reach the memo, where no font has them. Tab and line feed stay allowed, as they are raw; a raw
 * carriage return only ever breaks a line, so as a character it is refused too, and so are the line
 * and paragraph separators ({@code "\L"}, {@code "\P"}), which editors do not show as breaks.
 */
final class TextCharacters {
  private TextCharacters() {}

  /** The message for the first character {@code text} may not hold, if any. */
  static Optional<String> firstBad(String text, FileKind kind) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == 0x2028 || c == 0x2029) {
        // Written "\L" or "\P" (raw, SourceText refuses them): a break the memo cannot show.
        return Optional.of(
            String.format(
                "character U+%04X (a %s separator) is not allowed in a %s; for a new paragraph,"
                    + " write the value as a | block with a blank line, or delete the escape that"
                    + " writes it",
                c, c == 0x2028 ? "line" : "paragraph", kind.noun()));
      }
      String what = kindOf(c);
      if (what != null) {
        return Optional.of(
            String.format(
                "character U+%04X (%s) is not allowed in a %s; delete it, or the escape that"
                    + " writes it",
                c, what, kind.noun()));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  static String kindOf(int c) {
    if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)) {
      return "a control character";
    }
    if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
      return "half of a surrogate pair";
    }
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
      return "a Unicode noncharacter";
    }
    return null;
  }
}
