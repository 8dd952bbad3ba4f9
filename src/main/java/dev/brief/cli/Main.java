package dev.brief.cli;

import dev.brief.engine.Engine;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Entry point: builds the command line, runs it, maps every outcome to an {@link ExitCode}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Not System.out: a PrintStream swallows write errors, so lost output would exit 0.
    int code =
        run(args, System.in, new FileOutputStream(FileDescriptor.out), System.err, System.getenv());
    System.out.flush();
    // Success returns instead: since JDK 21, System.exit first starts the platform's logging to
    // ask whether to log the exit, 10 ms of a cold run. Only daemon threads are left by now.
    if (code != ExitCode.OK.code) {
      System.exit(code);
    }
  }

  /**
   * Runs brief in-process with the given streams and environment, standard input empty; returns the
   * exit code.
   */
  public static int run(
      String[] args, OutputStream stdout, OutputStream stderr, Map<String, String> env) {
    return run(args, InputStream.nullInputStream(), stdout, stderr, env);
  }

  /** Runs brief in-process with the given streams and environment; returns the exit code. */
  public static int run(
      String[] args,
      InputStream stdin,
      OutputStream stdout,
      OutputStream stderr,
      Map<String, String> env) {
    return run(args, stdin, stdout, stderr, env, Path.of("").toAbsolutePath());
  }

  /** As {@link #run}, with the search for a .brief.yaml starting in {@code workingDir}. */
  static int run(
      String[] args,
      InputStream stdin,
      OutputStream stdout,
      OutputStream stderr,
      Map<String, String> env,
      Path workingDir) {
    StandardOutput guarded = new StandardOutput(stdout);
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(guarded, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    warmUp(args);
    CommandLine cli = commandLine(new Context(stdin, guarded, env, workingDir), args);
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

  /**
   * Starts, for render and validate, what their first brief will wait for (the schema; to render,
   * also the template, theme and the PDF's fonts) on a second thread, while this one builds the
   * command line and reads the inputs. Measured on two cores: 2 to 5% of a cold PDF render, none
   * for validate or Markdown (the JIT compiler shares that core). validate's glyph check needs no
   * font for the characters every built-in face has, so it warms none. Only the format is guessed
   * from the arguments ahead of picocli; a wrong guess costs time on the other core, never a
   * result.
   */
  private static void warmUp(String[] args) {
    if (args.length == 0 || !(args[0].equals("render") || args[0].equals("validate"))) {
      return;
    }
    String format = args[0].equals("render") ? "pdf" : "";
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if ((arg.equals("-f") || arg.equals("--format")) && i + 1 < args.length) {
        format = args[i + 1];
      } else if (arg.startsWith("--format=")) {
        format = arg.substring("--format=".length());
      } else if (arg.startsWith("-f") && arg.length() > 2 && !arg.startsWith("--")) {
        format = arg.substring(2);
      }
    }
    String writer = format;
    Runnable work =
        () -> {
          try {
            Engine.warmUp(writer);
          } catch (RuntimeException | Error e) {
            // Not this thread's to report: the run meets the same problem where it is reported.
          }
        };
    Thread thread = new Thread(work, "brief-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * For a run stopped before its report, the report asked for on the command line writes what it
   * makes of the error (a JSON report: an object with {@code "error"}), so a program reading
   * standard output still finds a document; with {@code render -o -}, where standard output is the
   * memo's, it goes to standard error, as the report of a run that finished would. The one-line
   * message is on standard error already.
   */
  private static void reportError(
      String[] args, String message, ExitCode exit, CommandLine commandLine) {
    ReportOption.requested(args)
        .ifPresent(
            requested -> {
              PrintWriter to =
                  requested.memoOnStdout() ? commandLine.getErr() : commandLine.getOut();
              requested.report().writeError(Reporting.stopped(requested), message, exit.code, to);
              to.flush();
            });
  }

  /** Every command's help, at any depth ({@code templates export}), lists the exit codes. */
  private static void listExitCodes(CommandLine command) {
    command
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCode.helpList());
    command.getSubcommands().values().forEach(Main::listExitCodes);
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
   * The command line for {@code args}: with only the subcommand they name, as each command's model
   * costs time at start-up (see {@link Specs}). Help, a command picocli must suggest a name for, or
   * anything unusual gets every command, so what it prints is as it was; {@code --version} alone
   * needs none.
   */
  static CommandLine commandLine(Context context, String[] args) {
    BriefCommand root = new BriefCommand();
    CommandLine cli = new CommandLine(root.spec());
    for (Supplier<Object> command : Commands.needed(context, args)) {
      cli.addSubcommand(command.get());
    }
    listExitCodes(cli);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, unused) -> {
          PrintWriter err = e.getCommandLine().getErr();
          String message = usageMessage(e);
          err.println("brief: " + message);
          Optional<String> instead = notACommand(e);
          if (instead.isPresent()) {
            err.println(instead.get());
          } else {
            Suggestions.print(e, err);
          }
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          err.flush();
          reportError(args, message, ExitCode.USAGE, e.getCommandLine());
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
            reportError(args, user.getMessage(), user.exitCode(), commandLine);
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
