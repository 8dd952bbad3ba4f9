package dev.brief.validate;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.read.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code placeholder} rule: a value that is still one of the sample texts of the starter {@code
 * brief new} writes (templates/new-brief.yaml), word for word, runs of white space aside. Values
 * the starter gives that a brief may well keep (its subject, language, date, author,
 * classification, source id) are not placeholders.
 */
final class Placeholders {
  /** The starter's sample texts, each as it reads with its white space collapsed. */
  /** Runs of white space, read as one space when a text is compared with the placeholders. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final Set<String> TEXTS =
      Set.of(
          "Title of the memo: the position in one line",
          "On 31 January, a minister announced a change of course. It matters now because it"
              + " changes what partners can expect in the coming months.",
          "The exact words, as they were said",
          "Full Name",
          "Their office",
          "What is being proposed, in a paragraph.",
          "A fact worth noting, with the outlet that reported it.",
          "What improves, and for whom.",
          "What could go wrong, and what would prevent it.",
          "The signal, and what should be done about it.",
          "News Agency",
          "https://example.org/");

  private Placeholders() {}

  static List<Diagnostic> check(String file, Node root) {
    List<Diagnostic> out = new ArrayList<>();
    Texts.forEach(
        root,
        (path, text) -> {
          if (TEXTS.contains(SPACES.matcher(text.value().strip()).replaceAll(" "))) {
            out.add(
                Diagnostic.of(
                    Rule.PLACEHOLDER,
                    file,
                    text.mark().line(),
                    text.mark().column(),
                    path,
                    "'"
                        + path
                        + "' is still the sample text of 'brief new'; write the brief's own"));
          }
        });
    return out;
  }
}
