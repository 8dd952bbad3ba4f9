package dev.brief.validate;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Suggestions;
import dev.brief.language.Languages;
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
 * Warns when {@code lang} names a language without built-in headings and the brief's {@code labels}
 * do not give them all: those headings then come out in English ({@code lang: ua} for {@code uk} is
 * the common slip). Dates and quotation marks need no warning: they come from the JDK's CLDR data
 * and the table in {@link Languages} for any language.
 */
final class LanguageRule {
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
        || !lang.value().matches(TAG)
        || Languages.hasLabels(lang.value())) {
      return Optional.empty();
    }
    List<String> missing = missingLabels(map);
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    String message =
        "'"
            + lang.value()
            + "' has no built-in headings (built in: "
            + String.join(", ", Languages.builtIn())
            + ")"
            + suggestion(Languages.primary(lang.value()))
                .map(s -> "; did you mean '" + s + "'? otherwise")
                .orElse(":")
            + " give "
            + missing.stream().map(key -> "'" + key + "'").collect(Collectors.joining(", "))
            + " in 'labels', or the memo prints "
            + (missing.size() == 1 ? "it" : "them")
            + " in English";
    return Optional.of(
        Diagnostic.of(
            Rule.UNSUPPORTED_LANG,
            file,
            lang.mark().line(),
            lang.mark().column(),
            "lang",
            message));
  }

  /** The label keys the brief's {@code labels} does not give, in the memo's order. */
  private static List<String> missingLabels(MappingNode root) {
    Optional<MappingNode> labels =
        root.get("labels").filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
    return Languages.LABEL_KEYS.stream()
        .filter(key -> labels.flatMap(l -> l.get(key)).isEmpty())
        .toList();
  }

  /**
   * Why a quote's {@code lang} names no language, if it does not: a well-formed tag whose
   * two-letter primary subtag is no ISO 639-1 code ({@code ua}, the country, for {@code uk}). A
   * three-letter one is left alone: the JDK lists only the two-letter codes.
   */
  static Optional<String> notALanguage(String tag, String path) {
    String primary = Languages.primary(tag);
    if (!tag.matches(TAG) || primary.length() != 2 || ISO_LANGUAGES.contains(primary)) {
      return Optional.empty();
    }
    return Optional.of(
        "'"
            + path
            + "' is '"
            + tag
            + "', which is not a language code"
            + suggestion(primary)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; write an ISO 639 code such as 'ar' or 'he'"));
  }

  /** What the user probably meant, unless they named a real language (de, es) on purpose. */
  static Optional<String> suggestion(String primary) {
    if (COUNTRIES.containsKey(primary)) {
      return Optional.of(COUNTRIES.get(primary));
    }
    return ISO_LANGUAGES.contains(primary)
        ? Optional.empty()
        : Suggestions.closest(primary, Languages.builtIn());
  }
}
