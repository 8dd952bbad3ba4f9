package dev.brief.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Entry point: builds the command line, runs it, maps every outcome to an {@link ExitCode}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Not System.out: a PrintStream swallows write errors, so lost output would exit 0.
    int code = run(args, new FileOutputStream(FileDescriptor.out), System.err, System.getenv());
    System.out.flush();
    System.exit(code);
  }

  /** Runs brief in-process with the given streams and environment; returns the exit code. */
  public static int run(
      String[] args, OutputStream stdout, OutputStream stderr, Map<String, String> env) {
    StandardOutput guarded = new StandardOutput(stdout);
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(guarded, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    CommandLine cli = commandLine(new Context(guarded, env), args);
    cli.setOut(out);
    cli.setErr(err);
    int code;
    try {
      code = cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli hands on Errors; a hostile input must still end in one line and a documented code.
      if (((BriefCommand) cli.getCommand()).debug) {
        e.printStackTrace(err);
      }
      err.println(
          "brief: internal error: "
              + e.getClass().getSimpleName()
              + " (an input too large or too deeply nested?); run again with --debug and report"
              + " the trace");
      code = ExitCode.INTERNAL.code;
    }
    out.flush();
    if (guarded.failed() && !guarded.reported()) {
      // A report, a path or help that never reached its reader: the run did not do its job.
      err.println("brief: " + guarded.error().getMessage());
      if (code != ExitCode.INTERNAL.code) {
        code = ExitCode.IO.code;
      }
    }
    err.flush();
    return code;
  }

  /** picocli's words, except for a mistyped command, which it calls an unmatched argument. */
  private static String usageMessage(CommandLine.ParameterException e) {
    return unknownCommand(e).map(word -> "unknown command '" + word + "'").orElse(e.getMessage());
  }

  /** The first word, when it names no command. */
  private static Optional<String> unknownCommand(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && e.getCommandLine().getParent() == null
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      return Optional.of(unmatched.getUnmatched().get(0));
    }
    return Optional.empty();
  }

  /** For {@code brief version} and the like: what brief has instead of such a command. */
  private static Optional<String> notACommand(CommandLine.ParameterException e) {
    return unknownCommand(e).flatMap(Commands::notACommand);
  }

  /**
   * The command line for {@code args}: with only the subcommand they name, as picocli's model of
   * each command costs reflection at start-up (a quarter of a cold render's time for all six).
   * Help, a command picocli must suggest a name for, or anything unusual gets every command, so
   * what it prints is as it was; {@code --version} alone needs none.
   */
  static CommandLine commandLine(Context context, String[] args) {
    BriefCommand root = new BriefCommand();
    CommandLine cli = new CommandLine(root);
    for (Supplier<Object> command : Commands.needed(context, args)) {
      cli.addSubcommand(command.get());
    }
    cli.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
    cli.getSubcommands()
        .values()
        .forEach(
            sub ->
                sub.getCommandSpec()
                    .usageMessage()
                    .exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCode.helpList()));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, unused) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("brief: " + usageMessage(e));
          Optional<String> instead = notACommand(e);
          if (instead.isPresent()) {
            err.println(instead.get());
          } else {
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          }
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          err.flush();
          return ExitCode.USAGE.code;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof UserException user) {
            err.println("brief: " + user.getMessage());
            if (root.debug && user.getCause() != null) {
              user.getCause().printStackTrace(err);
            }
            err.flush();
            return user.exitCode().code;
          }
          if (root.debug) {
            e.printStackTrace(err);
          } else {
            err.println(
                "brief: internal error: " + e + "; run again with --debug and report the trace");
          }
          err.flush();
          return ExitCode.INTERNAL.code;
        });
    return cli;
  }
}
