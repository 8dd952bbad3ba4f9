package dev.brief.cli;

import dev.brief.engine.Engine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class SchemaCommand implements Callable<Integer> {
  private CommandSpec spec;

  /** picocli's model of {@code schema} (see {@link Specs}). */
  CommandSpec spec() {
    spec =
        Specs.command(
            this,
            "schema",
            "Print the JSON Schema (draft 2020-12) of the brief format.",
            "Save it and point your editor's YAML support at it: brief schema > brief.schema.json");
    return Specs.standardHelp(spec);
  }

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
