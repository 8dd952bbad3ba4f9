package dev.brief.cli;

import dev.brief.engine.Engine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (draft 2020-12) of the brief format.",
      "Save it and point your editor's YAML support at it: brief schema > brief.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(text());
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code;
  }

  /** The schema as {@code brief schema} prints it and {@code brief new} writes it. */
  static String text() {
    String schema = Engine.schema();
    return schema.endsWith("\n") ? schema : schema + "\n";
  }
}
