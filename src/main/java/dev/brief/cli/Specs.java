package dev.brief.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's model of a command, built by hand: each command declares its options in one method
 * beside the fields they set. Not annotations: picocli reads those by reflection, and the JDK makes
 * a proxy class per annotation type, which the AOT cache cannot hold; for a cold render that was a
 * third of the main thread's time. No class of brief carries a picocli annotation (CommandsTest).
 */
final class Specs {
  private Specs() {}

  /** A command named {@code name} that runs {@code command} (a {@code Callable}). */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name(name);
    spec.usageMessage().description(description);
    return spec;
  }

  /**
   * {@code -h, --help} and {@code -V, --version}, worded as picocli's {@code
   * mixinStandardHelpOptions} words them, and as it does added after the command's own options.
   */
  static CommandSpec standardHelp(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .type(boolean.class)
            .initialValue(false)
            .hasInitialValue(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .type(boolean.class)
            .initialValue(false)
            .hasInitialValue(true)
            .description("Print version information and exit.")
            .build());
    return spec;
  }

  /** Adds {@code option}, which sets a field by {@code set}; its default is the field's value. */
  static <V> void option(
      CommandSpec spec, OptionSpec.Builder option, Supplier<V> get, Consumer<V> set) {
    Binding<V> binding = new Binding<>(get, set);
    spec.addOption(
        option
            .getter(binding)
            .setter(binding)
            .initialValue(get.get())
            .hasInitialValue(true)
            .build());
  }

  /** As {@link #option}, for a positional parameter. */
  static <V> void positional(
      CommandSpec spec, PositionalParamSpec.Builder positional, Supplier<V> get, Consumer<V> set) {
    Binding<V> binding = new Binding<>(get, set);
    spec.addPositional(
        positional
            .getter(binding)
            .setter(binding)
            .initialValue(get.get())
            .hasInitialValue(true)
            .build());
  }

  /**
   * A field, as picocli reads and writes an option's value: a multi-value option gets the list to
   * add to, or sets a new one.
   */
  private static final class Binding<V> implements IGetter, ISetter {
    private final Supplier<V> get;
    private final Consumer<V> set;

    Binding(Supplier<V> get, Consumer<V> set) {
      this.get = get;
      this.set = set;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) get.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      T previous = get();
      set.accept((V) value);
      return previous;
    }
  }
}
