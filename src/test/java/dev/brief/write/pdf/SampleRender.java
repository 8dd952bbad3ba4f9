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
    Files.write(
        Path.of("/tmp/quote-list.pdf"),
        t.write(
                Fixture.memo(
                    brief,
                    "Body text before the quote, in English, to show where the column is.\n\n"
                        + "> قال الوزير ما يلي:\n>\n> 1. البند الأول من القائمة يطول حتى يملأ"
                        + " السطر كله ويلتف إلى سطر ثان ثم ثالث وربما رابع أيضا\n"
                        + "> 2. البند الثاني\n>\n> — Marco Rubio\n\n"
                        + "> The minister said:\n>\n> 1. a first item long enough to fill the"
                        + " line and wrap onto a second line and a third one too\n"
                        + "> 2. the second\n"))
            .bytes());
    var arabic = Fixture.brief(brief.title(), "ar", brief.position().summary(), "quote");
    Files.write(
        Path.of("/tmp/quote-list-ar.pdf"),
        t.write(
                Fixture.memo(
                    arabic,
                    "ما يهم في الدبلوماسية هو ما تفعله الحكومات.\n\n"
                        + "> The minister said:\n>\n> 1. a first item long enough to fill the"
                        + " line and wrap onto a second line and a third one too\n"
                        + "> 2. the second\n>\n> — ماركو روبيو\n"))
            .bytes());
    for (String name : new String[] {"tricky-text", "uk-cyrillic"}) {
      String md = Files.readString(Path.of("src/test/resources/cases/typeset/" + name + ".md"));
      Files.write(Path.of("/tmp/" + name + ".pdf"), t.write(Fixture.memo(brief, md)).bytes());
    }
  }
}
