package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script and man pages that {@code package} writes into target/ (see the pom). */
class DocsTest {
  private static final List<String> COMMANDS =
      List.of("validate", "render", "new", "schema", "templates", "help");

  @TempDir Path tmp;

  @Test
  void theCompletionScriptNamesEveryCommand() throws IOException {
    Docs.write(tmp);
    String script = Files.readString(tmp.resolve(Docs.COMPLETION), StandardCharsets.UTF_8);
    assertTrue(
        script.contains("local commands=\"" + String.join(" ", COMMANDS) + "\""),
        "no line listing " + COMMANDS);
    assertTrue(script.contains("complete -F _complete_brief"), "registers no completion");
  }

  /**
   * What bash offers after {@code brief }, after {@code brief validate --st} and {@code --str}, and
   * after {@code brief render --pdf-standard }.
   */
  @Test
  void bashCompletesCommandsAndOptions() throws Exception {
    Docs.write(tmp);
    Path script = tmp.resolve(Docs.COMPLETION);
    assertEquals(
        String.join("\n", COMMANDS) + "\n", complete(script, "brief", ""), "after 'brief '");
    assertEquals("--strict\n--stdin-name\n", complete(script, "brief", "validate", "--st"));
    assertEquals("--strict\n", complete(script, "brief", "validate", "--str"));
    // picocli's script quotes the comma as the shell would (printf %q); the shell reads ua-1,a-2b.
    assertEquals(
        "ua-1\na-1a\na-1b\na-2b\nua-1\\,a-2b\n",
        complete(script, "brief", "render", "--pdf-standard", ""),
        "after '--pdf-standard ', every value the README lists");
    assertEquals(
        "text\njson\ngithub\nsarif\njunit\n",
        complete(script, "brief", "render", "--report", ""),
        "render's --report offers reports, not -f's output formats");
  }

  @Test
  void aManPageIsWrittenForEveryCommand() throws IOException {
    Docs.write(tmp);
    for (String name :
        List.of("brief", "brief-validate", "brief-render", "brief-templates-export")) {
      Path page = tmp.resolve(Docs.MAN_SOURCES).resolve(name + ".adoc");
      assertTrue(Files.isRegularFile(page), page + " missing");
      String text = Files.readString(page, StandardCharsets.UTF_8);
      assertTrue(text.contains("= " + name + "(1)"), page + " has no title");
      assertTrue(text.contains("\n== Exit codes\n"), page + " lists no exit codes");
    }
    String validate =
        Files.readString(tmp.resolve(Docs.MAN_SOURCES).resolve("brief-validate.adoc"));
    assertTrue(validate.contains("--strict"), "brief-validate(1) lacks --strict");
    assertTrue(validate.contains("\n== Exit codes\n"), "brief-validate(1)'s exit codes heading");
    assertTrue(!validate.contains("Exit codes:"), "a colon after brief-validate(1)'s heading");
    String export =
        Files.readString(tmp.resolve(Docs.MAN_SOURCES).resolve("brief-templates-export.adoc"));
    assertTrue(
        export.contains("_DIR_::\n  The folder to copy them into; made when missing."),
        "brief-templates-export(1) does not say what DIR is");
  }

  /** The man pages' heading aside, help still ends its exit codes' heading in a colon. */
  @Test
  void helpKeepsItsHeadings() {
    Run run = Run.of("validate", "--help");
    assertTrue(run.stdout().contains("\nExit codes:\n"), run::toString);
  }

  /** The words bash's completion offers for the command line {@code words}, one a line. */
  private static String complete(Path script, String... words) throws Exception {
    StringBuilder line = new StringBuilder();
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      line.append(line.isEmpty() ? "" : " ").append(word);
      array.append(" '").append(word).append('\'');
    }
    String bash =
        ". \"$1\" 2>/dev/null; COMP_LINE='%s'; COMP_WORDS=(%s); COMP_CWORD=%d; COMP_POINT=%d;"
                .formatted(line, array, words.length - 1, line.length())
            + " _complete_brief 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process process =
        new ProcessBuilder("bash", "-c", bash, "bash", script.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
    assertEquals(0, process.exitValue(), out);
    return out;
  }
}
