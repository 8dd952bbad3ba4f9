package dev.brief.compose;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a memo's language decides: heading labels and month names (quotation marks are {@link
 * dev.brief.language.Languages#quotes}). Fixed tables rather than {@link java.util.Locale}
 * formatting, so the output never depends on the JVM.
 */
enum Language {
  EN(
      new String[] {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"
      },
      Map.of(
          "proposals", "What is being proposed",
          "facts", "Facts to note",
          "implications", "What this means for {subject}",
          "conclusion", "Conclusion",
          "positive", "Positive",
          "risks", "Risks",
          "sources", "Sources")),
  // Months in the genitive, as a date is written ("15 лютого 2025"). The implications heading
  // keeps the subject in the nominative case, since the brief gives it that way.
  UK(
      new String[] {
        "січня", "лютого", "березня", "квітня", "травня", "червня",
        "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"
      },
      Map.of(
          "proposals", "Що пропонується",
          "facts", "Ключові факти",
          "implications", "{subject}: що це означає",
          "conclusion", "Висновок",
          "positive", "Переваги",
          "risks", "Ризики",
          "sources", "Джерела"));

  private final String[] months;
  private final Map<String, String> labels;

  Language(String[] months, Map<String, String> labels) {
    this.months = months;
    this.labels = labels;
  }

  /** The language of a BCP 47 tag by its primary subtag ({@code uk-UA} is {@code uk}); else en. */
  static Language of(String tag) {
    String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.equals("uk") ? UK : EN;
  }

  String date(LocalDate date) {
    return date.getDayOfMonth() + " " + months[date.getMonthValue() - 1] + " " + date.getYear();
  }

  /** The built-in label for a key of {@code labels}; every key in {@link #LABEL_KEYS} exists. */
  String label(String key) {
    return labels.get(key);
  }

  /** The keys a brief's {@code labels} may override. */
  static final List<String> LABEL_KEYS =
      List.of("proposals", "facts", "implications", "conclusion", "positive", "risks", "sources");
}
