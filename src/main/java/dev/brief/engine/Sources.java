package dev.brief.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template's files as text: UTF-8, strictly, so a mis-saved file is named, not garbled. A file
 * that is not UTF-8 is only refused, not reported: the template reports it if it uses it, so a
 * stray file beside the template breaks nothing.
 */
final class Sources {
  static final String NOT_UTF8 = "is not UTF-8 text; save it as UTF-8";

  private Sources() {}

  /** Decodes every file it can; each one it cannot goes into {@code refused} with why. */
  static Map<String, String> decode(Map<String, byte[]> files, Map<String, String> refused) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      try {
        texts.put(
            file.getKey(),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(file.getValue()))
                .toString());
      } catch (CharacterCodingException e) {
        refused.put(file.getKey(), NOT_UTF8);
      }
    }
    return texts;
  }
}
