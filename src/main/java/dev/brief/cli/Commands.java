package dev.brief.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Which subcommands a run needs: the one its first word names, every one for help or a word that
 * names none (picocli lists them, or suggests the nearest), none for {@code --version} alone.
 */
final class Commands {
  /** The root's options, none of which takes a value: {@code -hV} may come clustered. */
  private static final Set<String> ROOT_OPTIONS =
      Set.of("--debug", "-h", "--help", "-V", "--version");

  private static final Pattern CLUSTER = Pattern.compile("-[hV]+");

  private static final String COMPLETION =
      "Shell completion is a file, not a command: ./mvnw -B package writes"
          + " target/completion/brief_completion, a release has brief_completion (README: Shell"
          + " completion and man pages).";

  /**
   * Words people type for what brief offers as an option or a file, not a command, with what to say
   * instead of picocli's nearest command names (which for these are unrelated).
   */
  private static final Map<String, String> NOT_COMMANDS =
      Map.of(
          "version",
          "Did you mean: brief --version?",
          "generate-completion",
          COMPLETION,
          "completion",
          COMPLETION,
          "completions",
          COMPLETION,
          "man",
          "The man pages are files, not a command: ./mvnw -B package writes target/man/*.1,"
              + " a release has brief-man.tar.gz (README: Shell completion and man pages).");

  private Commands() {}

  /** What to say about a first word that names no command but something brief has otherwise. */
  static Optional<String> notACommand(String word) {
    return Optional.ofNullable(NOT_COMMANDS.get(word));
  }

  /** Every subcommand by name, in the order help lists them. */
  private static Map<String, Supplier<Object>> all(Context context) {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("validate", () -> new ValidateCommand(context).spec());
    all.put("render", () -> new RenderCommand(context).spec());
    all.put("new", () -> new NewCommand().spec());
    all.put("schema", () -> new SchemaCommand().spec());
    all.put("templates", () -> new TemplatesCommand().spec());
    // picocli's own, built from its annotations: only when every command is (help, a mistyped one).
    all.put("help", CommandLine.HelpCommand::new);
    return all;
  }

  /** The subcommands to build for {@code args}, in the order help lists them. */
  static List<Supplier<Object>> needed(Context context, String[] args) {
    Map<String, Supplier<Object>> all = all(context);
    boolean help = false;
    boolean version = false;
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        Supplier<Object> named = arg.equals("help") ? null : all.get(arg);
        return named != null ? List.of(named) : List.copyOf(all.values());
      }
      if (!ROOT_OPTIONS.contains(arg) && !CLUSTER.matcher(arg).matches()) {
        return List.copyOf(all.values());
      }
      boolean cluster = !arg.startsWith("--");
      help |= arg.equals("--help") || cluster && arg.contains("h");
      version |= arg.equals("--version") || cluster && arg.contains("V");
    }
    return version && !help ? List.of() : List.copyOf(all.values());
  }
}
