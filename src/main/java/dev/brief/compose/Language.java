package dev.brief.compose;

import dev.brief.language.Languages;
import dev.brief.language.QuoteMarks;

/**
 * The quotation marks a memo's language puts around quotes and source titles, from the table in
 * {@link Languages}; labels and dates come from there directly.
 */
final class Language {
  private final QuoteMarks marks;

  private Language(QuoteMarks marks) {
    this.marks = marks;
  }

  /**
   * The marks of a BCP 47 tag's language ({@code uk-UA} is {@code uk}); English ones if unknown.
   */
  static Language of(String tag) {
    return new Language(Languages.quotes(tag));
  }

  String quoted(String text) {
    return marks.quoted(text);
  }

  String openQuote() {
    return marks.open() + marks.inside();
  }

  String closeQuote() {
    return marks.inside() + marks.close();
  }
}
