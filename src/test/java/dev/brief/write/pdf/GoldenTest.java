package dev.brief.write.pdf;

import dev.brief.GoldenFiles;
import dev.brief.model.Brief;
import dev.brief.write.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases: each {@code cases/typeset/NAME.md} is typeset and its text, read back page by page,
 * compared with {@code NAME.pdf.txt}. A name starting {@code uk-} sets the brief's language to uk.
 * A missing expected file fails, and so does an expected file with no input; run with {@code
 * -Dbrief.updateGolden=true} to write the expected files, then review the diff.
 */
class GoldenTest {
  private static final GoldenFiles CASES =
      new GoldenFiles(Path.of("src/test/resources/cases/typeset"), ".md", ".pdf.txt");
  private static final Typesetter TYPESETTER = new Typesetter(new PdfOptions("brief test"));

  static List<String> cases() {
    return CASES.names();
  }

  @Test
  void everyExpectedFileHasAnInput() {
    CASES.assertNoOrphans();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void typesetTextMatches(String name) throws IOException {
    String markdown = Files.readString(CASES.input(name), StandardCharsets.UTF_8);
    Brief base = Fixture.english();
    Brief brief =
        name.startsWith("uk-")
            ? Fixture.brief(base.title(), "uk", base.position().summary(), "quote")
            : base;
    byte[] pdf = TYPESETTER.write(Fixture.memo(brief, markdown)).bytes();
    StringBuilder text = new StringBuilder();
    List<String> pages = Pdfs.pages(pdf);
    for (int i = 0; i < pages.size(); i++) {
      text.append("--- page ").append(i + 1).append(" ---\n").append(pages.get(i));
    }
    CASES.assertMatches(
        name,
        text.toString().getBytes(StandardCharsets.UTF_8),
        () -> "typesetting " + name + ".md:\n" + markdown);
  }
}
