package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template file that exists but is not read is named for what is wrong, not "not found". */
class TemplateFilesTest {
  private static final String BRIEF = "src/test/resources/cases/compose/minimal.yaml";

  @TempDir Path tmp;

  private static final String NOT_RENDERED =
      "brief: 1 of 1 brief not rendered: the template or theme has problems\n";

  @Test
  void aPartialOverTheSizeLimitIsSaidToBeTooLarge() throws Exception {
    Files.writeString(tmp.resolve("memo.mustache"), "# {{title}}\n{{> big}}\n");
    Files.write(tmp.resolve("big.mustache"), new byte[(1 << 20) + 1]);
    Run run = Run.of("render", "-f", "md", "-o", "-", "--template", tmp + "/memo.mustache", BRIEF);
    assertEquals(1, run.exit());
    assertEquals(
        tmp
            + "/memo.mustache:2:1: error: partial 'big' cannot be used: '"
            + tmp
            + "/big.mustache' is 1048577 bytes, over the limit of 1048576 (1 MiB); a template is"
            + " a few kilobytes, so check that it is the right file [template-error]\n"
            + NOT_RENDERED,
        run.stderr());
  }

  @Test
  void aTemplateOverTheSizeLimitIsSaidToBeTooLarge() throws Exception {
    Files.write(tmp.resolve("memo.mustache"), new byte[(1 << 20) + 1]);
    Run run = Run.of("render", "-f", "md", "-o", "-", "--template", tmp + "/memo.mustache", BRIEF);
    assertEquals(1, run.exit());
    assertEquals(
        tmp
            + "/memo.mustache:1:1: error: template file is 1048577 bytes, over the limit of"
            + " 1048576 (1 MiB); a template is a few kilobytes, so check that it is the right file"
            + " [template-error]\n"
            + NOT_RENDERED,
        run.stderr());
  }
}
