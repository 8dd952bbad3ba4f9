package dev.brief.typeset;

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
    Typesetter t = new Typesetter(Fonts.load(), "brief sample");
    var brief = Fixture.english();
    Files.write(
        Path.of("/tmp/memo1.pdf"),
        t.typeset(Fixture.markdown(brief, 1), brief, Theme.defaultTheme(), Fixture.TIMESTAMP));
    Files.write(
        Path.of("/tmp/memo4.pdf"),
        t.typeset(Fixture.markdown(brief, 4), brief, Theme.defaultTheme(), Fixture.TIMESTAMP));
    for (String name : new String[] {"tricky-text", "uk-cyrillic"}) {
      String md = Files.readString(Path.of("src/test/resources/cases/typeset/" + name + ".md"));
      Files.write(
          Path.of("/tmp/" + name + ".pdf"),
          t.typeset(md, brief, Theme.defaultTheme(), Fixture.TIMESTAMP));
    }
  }
}
