package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brief.engine.Engine;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandsTest {
  private static final List<String> ALL =
      List.of("validate", "render", "new", "schema", "templates", "help");

  private static CommandLine commandLine(String... args) {
    Context context = new Context(new StandardOutput(OutputStream.nullOutputStream()), Map.of());
    return Main.commandLine(context, args);
  }

  private static List<String> built(String... args) {
    return List.copyOf(commandLine(args).getSubcommands().keySet());
  }

  @Test
  void theCommandTheFirstWordNamesIsTheOnlyOneBuilt() {
    assertEquals(List.of("render"), built("render", "-f", "md", "validate"));
    assertEquals(List.of("validate"), built("--debug", "validate", "briefs"));
    assertEquals(List.of("templates"), built("templates", "export", "out"));
    CommandLine templates = commandLine("templates").getSubcommands().get("templates");
    assertEquals(List.of("export"), List.copyOf(templates.getSubcommands().keySet()));
  }

  @Test
  void helpAMistypedCommandOrAnythingUnusualBuildsEveryCommand() {
    assertEquals(ALL, built());
    assertEquals(ALL, built("--help"));
    assertEquals(ALL, built("-hV"));
    assertEquals(ALL, built("--version", "--help"));
    assertEquals(ALL, built("help", "render"));
    assertEquals(ALL, built("valdate", "briefs"));
    assertEquals(ALL, built("--debug"));
    assertEquals(ALL, built("--colour", "render"));
    assertEquals(ALL, built("@args.txt"));
    assertEquals(ALL, built("--", "render"));
  }

  @Test
  void versionAloneBuildsNone() {
    assertEquals(List.of(), built("--version"));
    assertEquals(List.of(), built("-V"));
    assertEquals(List.of(), built("--debug", "-V"));
    Run run = Run.of("--version");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("brief " + Engine.version() + " (commit " + Engine.commit() + ")\n", run.stdout());
  }
}
