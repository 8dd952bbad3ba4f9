package dev.brief.cli;

import dev.brief.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = {
      "List the built-in templates and theme; 'export DIR' copies them out for customising:",
      "  brief templates export DIR",
      "  brief render --template DIR/memo.md.mustache --theme DIR/theme.yaml ..."
    },
    subcommands = TemplatesCommand.Export.class)
final class TemplatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

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

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Copy the built-in templates and the default theme into DIR; existing files are left alone.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "DIR",
        description = "The folder to copy them into; made when missing.")
    Path dir;

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
