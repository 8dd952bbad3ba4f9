package dev.brief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** {@code brief} itself, whose subcommands do the work; {@code --debug} is every command's. */
final class BriefCommand implements Callable<Integer> {
  boolean debug;

  private CommandSpec spec;

  /** picocli's model of {@code brief}, without its subcommands (see {@link Specs}). */
  CommandSpec spec() {
    spec = Specs.command(this, "brief", "Turn structured policy notes (YAML) into finished memos.");
    spec.versionProvider(new VersionProvider());
    spec.usageMessage()
        .footer(
            "",
            "Examples:",
            "  brief new briefs/q3.yaml            start a brief from the commented template",
            "  brief validate briefs/              check every brief below a folder",
            "  brief render briefs/q3.yaml         write briefs/q3.pdf",
            "  brief render -f md -o - q3.yaml     print the memo as Markdown");
    Specs.option(
        spec,
        OptionSpec.builder("--debug")
            .type(boolean.class)
            .scopeType(ScopeType.INHERIT)
            .description("On an internal error, print the whole stack trace."),
        () -> debug,
        value -> debug = value);
    return Specs.standardHelp(spec);
  }

  /** Without a command there is nothing to do: show what there is, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code;
  }
}
