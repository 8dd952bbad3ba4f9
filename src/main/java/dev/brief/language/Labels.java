package dev.brief.language;

import java.util.List;
import java.util.Map;

/**
 * The built-in headings and run-in labels, by language, written as an editor of that language heads
 * a memo. Where a language inflects or puts an article before the subject (die Ukraine, l'Ukraine,
 * dla Ukrainy), the implications heading names the subject before a colon, in the nominative the
 * brief gives it in.
 */
final class Labels {
  /** The keys a brief's {@code labels} may give, in the memo's order. */
  static final List<String> KEYS =
      List.of("proposals", "facts", "implications", "conclusion", "positive", "risks", "sources");

  private static final Map<String, Map<String, String>> TABLE =
      Map.of(
          "en",
          labels(
              "What is being proposed",
              "Facts to note",
              "What this means for {subject}",
              "Conclusion",
              "Positive",
              "Risks",
              "Sources"),
          "uk",
          labels(
              "Що пропонується",
              "Ключові факти",
              "{subject}: що це означає",
              "Висновок",
              "Переваги",
              "Ризики",
              "Джерела"),
          "de",
          labels(
              "Was vorgeschlagen wird",
              "Fakten im Überblick",
              "{subject}: Was das bedeutet",
              "Fazit",
              "Chancen",
              "Risiken",
              "Quellen"),
          // A no-break space before the colon, as French sets it.
          "fr",
          labels(
              "Ce qui est proposé",
              "Les faits à retenir",
              "{subject}\u00A0: ce que cela implique",
              "Conclusion",
              "Atouts",
              "Risques",
              "Sources"),
          "es",
          labels(
              "Qué se propone",
              "Datos clave",
              "Qué significa para {subject}",
              "Conclusión",
              "Ventajas",
              "Riesgos",
              "Fuentes"),
          "it",
          labels(
              "Che cosa si propone",
              "I fatti principali",
              "{subject}: che cosa significa",
              "Conclusioni",
              "Vantaggi",
              "Rischi",
              "Fonti"),
          "pl",
          labels(
              "Propozycja",
              "Kluczowe fakty",
              "{subject}: co to oznacza",
              "Wnioski",
              "Korzyści",
              "Ryzyka",
              "Źródła"));

  /** The languages with labels, sorted. */
  static final List<String> LANGUAGES = TABLE.keySet().stream().sorted().toList();

  private Labels() {}

  /** The label for a key in a language (a primary subtag); English for a language not built in. */
  static String label(String language, String key) {
    return TABLE.getOrDefault(language, TABLE.get("en")).get(key);
  }

  private static Map<String, String> labels(String... values) {
    if (values.length != KEYS.size()) {
      throw new IllegalArgumentException("a language needs " + KEYS.size() + " labels");
    }
    Map<String, String> labels = new java.util.HashMap<>();
    for (int i = 0; i < values.length; i++) {
      labels.put(KEYS.get(i), values[i]);
    }
    return Map.copyOf(labels);
  }
}
