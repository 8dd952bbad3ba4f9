package dev.brief.validate;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Suggestions;
import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import dev.brief.read.ScalarType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warns when {@code lang} names a language without built-in headings, dates and quotation marks:
 * the memo then silently comes out in English ({@code lang: ua} for {@code uk} is the common slip).
 */
final class LanguageRule {
  /**
   * Primary subtags with built-in labels and dates. Must match {@code dev.brief.compose.Language}:
   * validate does not import compose, so ValidatorTest pins this list; change both together.
   */
  static final List<String> BUILT_IN = List.of("en", "uk");

  /** The form the schema gives language tags ($defs/lang); other values are bad-lang errors. */
  private static final String TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*";

  /** Country codes typed for the language spoken there; edit distance would guess wrong. */
  private static final Map<String, String> COUNTRIES = Map.of("ua", "uk", "us", "en", "gb", "en");

  private static final Set<String> ISO_LANGUAGES =
      Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toUnmodifiableSet());

  private LanguageRule() {}

  static Optional<Diagnostic> check(String file, Node root) {
    if (!(root instanceof MappingNode map)
        || !(map.get("lang").orElse(null) instanceof ScalarNode lang)
        || lang.type() != ScalarType.STRING
        || !lang.value().matches(TAG)) {
      return Optional.empty();
    }
    String primary = lang.value().split("-", 2)[0].toLowerCase(Locale.ROOT);
    if (BUILT_IN.contains(primary)) {
      return Optional.empty();
    }
    String message =
        "'"
            + lang.value()
            + "' has no built-in headings or dates (built in: "
            + String.join(", ", BUILT_IN)
            + ")"
            + suggestion(primary).map(s -> "; did you mean '" + s + "'? otherwise").orElse(":")
            + " the memo gets English headings, dates and quotation marks;"
            + " 'labels' can replace the headings";
    return Optional.of(
        Diagnostic.of(
            Rule.UNSUPPORTED_LANG,
            file,
            lang.mark().line(),
            lang.mark().column(),
            "lang",
            message));
  }

  /** What the user probably meant, unless they named a real language (de, es) on purpose. */
  static Optional<String> suggestion(String primary) {
    if (COUNTRIES.containsKey(primary)) {
      return Optional.of(COUNTRIES.get(primary));
    }
    return ISO_LANGUAGES.contains(primary)
        ? Optional.empty()
        : Suggestions.closest(primary, BUILT_IN);
  }
}
