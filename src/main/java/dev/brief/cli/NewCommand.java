package dev.brief.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class NewCommand implements Callable<Integer> {
  static final String STARTER = "/dev/brief/templates/new-brief.yaml";

  /** The schema file the starter's modeline names, beside the brief. */
  static final String SCHEMA = "brief.schema.json";

  private CommandSpec spec;

  Path file;

  /** picocli's model of {@code new} (see {@link Specs}). */
  CommandSpec spec() {
    spec =
        Specs.command(
            this,
            "new",
            "Write a commented starter brief to FILE, and its schema; never overwrites a file.",
            "The schema, brief.schema.json, which the brief's first line names for editors, is"
                + " written beside FILE when there is none. Prints the path of each file written.");
    Specs.positional(
        spec,
        PositionalParamSpec.builder()
            .index("0")
            .required(true)
            .paramLabel("FILE")
            .type(Path.class)
            .description("The brief to create, e.g. briefs/q3.yaml."),
        () -> file,
        value -> file = value);
    return Specs.standardHelp(spec);
  }

  @Override
  public Integer call() throws UserException {
    if (Files.exists(file)) {
      throw new UserException(
          ExitCode.USAGE, file + ": already exists; choose another name or delete it first");
    }
    AtomicFiles.write(file, starter(), false);
    spec.commandLine().getOut().println(file);
    if (!Inputs.isBrief(file)) {
      // Written as asked, but a folder's check walks past it.
      spec.commandLine()
          .getErr()
          .println(
              "brief: "
                  + file
                  + " does not end in .yaml or .yml, so a folder's check will not find it");
      spec.commandLine().getErr().flush();
    }
    Path schema = file.resolveSibling(SCHEMA);
    if (!Files.exists(schema, LinkOption.NOFOLLOW_LINKS)) {
      try {
        AtomicFiles.write(schema, SchemaCommand.text().getBytes(StandardCharsets.UTF_8), false);
        spec.commandLine().getOut().println(schema);
      } catch (UserException e) {
        if (!Files.exists(schema, LinkOption.NOFOLLOW_LINKS)) {
          throw e;
        } // Another process wrote one meanwhile: that one stays.
      }
    }
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code;
  }

  static byte[] starter() {
    return Resources.text(STARTER).getBytes(StandardCharsets.UTF_8);
  }
}
