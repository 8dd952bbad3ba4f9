package dev.brief.write.pdf;

import dev.brief.write.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes sample PDFs to /tmp for looking at; not an assertion test, and not run by the suite (its
 * name does not end in Test): run it with {@code -Dtest=SampleRender}.
 */
class SampleRender {
  @Test
  void write() throws Exception {
    Typesetter t = new Typesetter(new PdfOptions("brief sample"));
    var brief = Fixture.english();
    Files.write(
        Path.of("/tmp/memo1.pdf"),
        t.write(Fixture.memo(brief, Fixture.markdown(brief, 1))).bytes());
    Files.write(
        Path.of("/tmp/memo4.pdf"),
        t.write(Fixture.memo(brief, Fixture.markdown(brief, 4))).bytes());
    for (String name : new String[] {"tricky-text", "uk-cyrillic"}) {
      String md = Files.readString(Path.of("src/test/resources/cases/typeset/" + name + ".md"));
      Files.write(Path.of("/tmp/" + name + ".pdf"), t.write(Fixture.memo(brief, md)).bytes());
    }
  }
}
