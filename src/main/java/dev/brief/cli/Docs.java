package dev.brief.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The shell completion script and the man pages, made from the command line itself, so they name
 * every command and option there is. Not a command: {@code package} runs it (see the pom) as {@code
 * Docs DIR}, writing {@code DIR/completion/brief_completion} (bash and zsh) and {@code
 * DIR/man-adoc/brief*.adoc}, which the build turns into {@code DIR/man/brief*.1}. picocli-codegen
 * is on the build's class path only, not in the jar.
 */
public final class Docs {
  static final String COMPLETION = "completion/brief_completion";
  static final String MAN_SOURCES = "man-adoc";

  private Docs() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]));
  }

  static void write(Path dir) throws IOException {
    Path completion = dir.resolve(COMPLETION);
    Files.createDirectories(completion.getParent());
    Files.writeString(
        completion, AutoComplete.bash("brief", commandLine()), StandardCharsets.UTF_8);
    File man = dir.resolve(MAN_SOURCES).toFile();
    int code =
        ManPageGenerator.generateManPage(
            man, null, new boolean[0], false, commandLine().getCommandSpec());
    if (code != CommandLine.ExitCode.OK) {
      throw new IOException("man pages: the generator exited " + code);
    }
  }

  /**
   * Every command, as help shows them, except that a man page's section heading is a title: the
   * generator takes help's heading "%nExit codes:%n" as it is, blank line and colon and all.
   */
  static CommandLine commandLine() {
    Context context = new Context(new StandardOutput(OutputStream.nullOutputStream()), Map.of());
    CommandLine cli = Main.commandLine(context, new String[] {"--help"});
    asManPage(cli);
    return cli;
  }

  private static void asManPage(CommandLine command) {
    CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
    usage.exitCodeListHeading(
        usage.exitCodeListHeading().replaceFirst("^%n", "").replace(":%n", "%n"));
    command.getSubcommands().values().forEach(Docs::asManPage);
  }
}
