package dev.brief.cli;

import dev.brief.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class TemplatesCommand implements Callable<Integer> {
  private CommandSpec spec;

  /** picocli's model of {@code templates} and {@code templates export} (see {@link Specs}). */
  CommandSpec spec() {
    spec =
        Specs.command(
            this,
            "templates",
            "List the built-in templates and theme; 'export DIR' copies them out for customising:",
            "  brief templates export DIR",
            "  brief render --template DIR/memo.md.mustache --theme DIR/theme.yaml ...");
    spec.addSubcommand(null, new CommandLine(new Export().spec()));
    return Specs.standardHelp(spec);
  }

  @Override
  public Integer call() {
    builtIns().keySet().forEach(spec.commandLine().getOut()::println);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code;
  }

  /** The built-in templates and the default theme, by file name. */
  static Map<String, String> builtIns() {
    return Engine.builtInFiles();
  }

  static final class Export implements Callable<Integer> {
    private CommandSpec spec;

    Path dir;

    /** picocli's model of {@code templates export}. */
    CommandSpec spec() {
      spec =
          Specs.command(
              this,
              "export",
              "Copy the built-in templates and the default theme into DIR; existing files are left"
                  + " alone.");
      Specs.positional(
          spec,
          PositionalParamSpec.builder()
              .index("0")
              .required(true)
              .paramLabel("DIR")
              .type(Path.class)
              .description("The folder to copy them into; made when missing."),
          () -> dir,
          value -> dir = value);
      return Specs.standardHelp(spec);
    }

    @Override
    public Integer call() throws UserException {
      for (Map.Entry<String, String> file : builtIns().entrySet()) {
        Path target = dir.resolve(file.getKey());
        if (Files.exists(target)) {
          spec.commandLine().getErr().println("brief: " + target + ": exists, left as it is");
          continue;
        }
        AtomicFiles.write(target, file.getValue().getBytes(StandardCharsets.UTF_8), false);
        spec.commandLine().getOut().println(target);
      }
      spec.commandLine().getOut().flush();
      spec.commandLine().getErr().flush();
      return ExitCode.OK.code;
    }
  }
}
