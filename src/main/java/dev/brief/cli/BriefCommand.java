package dev.brief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turn structured policy notes (YAML) into finished memos.",
    exitCodeListHeading = "%nExit codes:%n",
    footer = {
      "",
      "Examples:",
      "  brief new briefs/q3.yaml            start a brief from the commented template",
      "  brief validate briefs/              check every brief below a folder",
      "  brief render briefs/q3.yaml         write briefs/q3.pdf",
      "  brief render -f md -o - q3.yaml     print the memo as Markdown"
    })
final class BriefCommand implements Callable<Integer> {
  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print the whole stack trace.")
  boolean debug;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without a command there is nothing to do: show what there is, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code;
  }
}
