package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brief.model.Brief;
import dev.brief.write.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases: each {@code cases/typeset/NAME.md} is typeset and its text, read back page by page,
 * compared with {@code NAME.pdf.txt}. A name starting {@code uk-} sets the brief's language to uk.
 * Run with {@code -Dbrief.updateGolden=true} to rewrite the expected files.
 */
class GoldenTest {
  private static final Path CASES = Path.of("src/test/resources/cases/typeset");
  private static final Typesetter TYPESETTER = new Typesetter(new PdfOptions("brief test"));

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".md"))
              .map(n -> n.substring(0, n.length() - 3))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void typesetTextMatches(String name) throws IOException {
    String markdown = Files.readString(CASES.resolve(name + ".md"), StandardCharsets.UTF_8);
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
    Path expected = CASES.resolve(name + ".pdf.txt");
    if (Boolean.getBoolean("brief.updateGolden") || !Files.exists(expected)) {
      Files.writeString(expected, text, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(expected, StandardCharsets.UTF_8),
        text.toString(),
        "typesetting " + name + ".md:\n" + markdown);
  }
}
