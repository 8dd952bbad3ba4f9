package dev.brief.engine;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A template's files as text: UTF-8, strictly, so a mis-saved file is named, not garbled. */
final class Sources {
  private Sources() {}

  static Map<String, String> decode(Map<String, byte[]> files) throws BriefException {
    Map<String, String> texts = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
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
        problems.add(
            Diagnostic.of(
                Rule.TEMPLATE_ERROR,
                file.getKey(),
                1,
                1,
                "",
                "file is not UTF-8 text; save it as UTF-8"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BriefException(problems);
    }
    return texts;
  }
}
