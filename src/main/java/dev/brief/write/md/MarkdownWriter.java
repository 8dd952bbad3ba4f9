package dev.brief.write.md;

import dev.brief.write.Memo;
import dev.brief.write.Output;
import dev.brief.write.Writer;
import java.nio.charset.StandardCharsets;

/** The memo as the CommonMark text the template composed, in UTF-8. */
public final class MarkdownWriter implements Writer {
  @Override
  public Output write(Memo memo) {
    return Output.of(memo.markdown().getBytes(StandardCharsets.UTF_8));
  }
}
