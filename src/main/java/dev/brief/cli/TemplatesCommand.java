package dev.brief.cli;

import dev.brief.compose.Template;
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
    description = {
      "List the built-in templates, or copy them out for customising:",
      "  brief templates export DIR   then: brief render --template DIR/memo.md.mustache ..."
    },
    subcommands = TemplatesCommand.Export.class)
final class TemplatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Template.builtInSources().keySet().forEach(spec.commandLine().getOut()::println);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code;
  }

  @Command(
      name = "export",
      description =
          "Copy the built-in templates and the default theme into DIR; existing files are left alone.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Override
    public Integer call() throws UserException {
      for (Map.Entry<String, String> file : Template.builtInSources().entrySet()) {
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
