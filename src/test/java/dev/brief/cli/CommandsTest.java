package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.engine.Engine;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

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

  /**
   * picocli builds no command of a render or validate from annotations (see {@link Specs}): reading
   * them costs reflection and a proxy class per annotation type, which the AOT cache cannot hold. A
   * command from annotations has picocli's mixins (mixinStandardHelpOptions, at least) and options
   * bound to its annotated fields.
   */
  @Test
  void renderAndValidateAreBuiltWithoutAnnotations() {
    for (String command : List.of("render", "validate")) {
      CommandLine cli = commandLine(command, "x.yaml");
      List<CommandSpec> specs = new ArrayList<>(List.of(cli.getCommandSpec()));
      cli.getSubcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
      assertEquals(2, specs.size(), command);
      for (CommandSpec spec : specs) {
        assertEquals(Map.of(), spec.mixins(), spec.qualifiedName() + "'s mixins");
        for (ArgSpec arg : spec.args()) {
          assertNull(arg.userObject(), spec.qualifiedName() + " " + arg + ": an annotated member");
        }
      }
    }
  }

  /** No class of brief's command line carries a picocli annotation: one style, no reflection. */
  @Test
  void noCliClassHasPicocliAnnotations() throws IOException, URISyntaxException {
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> annotated = new ArrayList<>();
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes.resolve("dev/brief/cli"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = file.getFileName().toString();
        try {
          types.add(Class.forName("dev.brief.cli." + name.substring(0, name.length() - 6)));
        } catch (ClassNotFoundException | LinkageError e) {
          // Docs needs picocli-codegen, on the build's class path only; it declares no command.
        }
      }
    }
    assertTrue(types.size() > 20, "classes found: " + types);
    for (Class<?> type : types) {
      List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
      elements.addAll(List.of(type.getDeclaredFields()));
      List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
      executables.addAll(List.of(type.getDeclaredConstructors()));
      for (Executable executable : executables) {
        elements.add(executable);
        for (Parameter parameter : executable.getParameters()) {
          elements.add(parameter);
        }
      }
      for (AnnotatedElement element : elements) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
          if (annotation.annotationType().getName().startsWith("picocli.")) {
            annotated.add(element + ": @" + annotation.annotationType().getSimpleName());
          }
        }
      }
    }
    assertEquals(List.of(), annotated);
  }
}
