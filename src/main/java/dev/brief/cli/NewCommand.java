package dev.brief.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Write a commented starter brief to FILE; never overwrites an existing file.")
final class NewCommand implements Callable<Integer> {
  static final String STARTER = "/dev/brief/templates/new-brief.yaml";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The brief to create, e.g. briefs/q3.yaml.")
  Path file;

  @Override
  public Integer call() throws UserException {
    if (Files.exists(file)) {
      throw new UserException(
          ExitCode.USAGE, file + ": already exists; choose another name or delete it first");
    }
    AtomicFiles.write(file, starter(), false);
    spec.commandLine().getOut().println(file);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code;
  }

  static byte[] starter() {
    return Resources.text(STARTER).getBytes(StandardCharsets.UTF_8);
  }
}
