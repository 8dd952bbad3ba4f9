package dev.brief.validate;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import dev.brief.diagnostic.Suggestions;
import dev.brief.model.QuotationMarks;
import dev.brief.read.MappingNode;
import dev.brief.read.Node;
import dev.brief.read.ScalarNode;
import dev.brief.read.SequenceNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules the schema cannot express: cited sources exist and defined ones are cited, dates are
 * real calendar dates, quote text carries no quotation marks of its own, a quote's language is a
 * language. Runs on any tree, valid or not, and skips whatever has the wrong shape (the schema
 * reports that).
 */
final class SemanticRules {
  private static final String[] STATEMENTS = {"position", "proposals"};
  private static final String[] POINT_LISTS = {"facts", "positives", "risks"};

  /** The form the schema gives source ids ($defs/sourceId). */
  static final String SOURCE_ID = "[A-Za-z0-9][A-Za-z0-9_.-]*";

  private static final Pattern SOURCE_ID_PATTERN = Pattern.compile(SOURCE_ID);

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final String file;
  private final List<Diagnostic> out = new ArrayList<>();

  private SemanticRules(String file) {
    this.file = file;
  }

  static List<Diagnostic> check(String file, Node root) {
    SemanticRules rules = new SemanticRules(file);
    if (root instanceof MappingNode map) {
      rules.run(map);
    }
    return rules.out;
  }

  private void run(MappingNode root) {
    Map<String, MappingNode.Entry> defined = new LinkedHashMap<>();
    mapping(root.get("sources"))
        .ifPresent(s -> s.entries().forEach(e -> defined.put(e.key().value(), e)));
    Map<String, Boolean> cited = new LinkedHashMap<>();
    date(root, "date", "date");
    for (String name : STATEMENTS) {
      Optional<SequenceNode> quotes =
          mapping(root.get(name)).flatMap(m -> sequence(m.get("quotes")));
      if (quotes.isEmpty()) {
        continue;
      }
      for (int i = 0; i < quotes.get().items().size(); i++) {
        String path = name + ".quotes[" + i + "]";
        if (quotes.get().items().get(i) instanceof MappingNode quote) {
          date(quote, "date", path + ".date");
          scalar(quote.get("source")).ifPresent(s -> cite(s, path + ".source", defined, cited));
          scalar(quote.get("text")).ifPresent(t -> quotedQuote(t, path + ".text"));
          scalar(quote.get("lang"))
              .ifPresent(
                  l ->
                      LanguageRule.notALanguage(l.value(), path + ".lang")
                          .ifPresent(why -> add(l, Rule.UNKNOWN_LANG, path + ".lang", why)));
        }
      }
    }
    for (String name : POINT_LISTS) {
      Optional<SequenceNode> points = sequence(root.get(name));
      for (int i = 0; points.isPresent() && i < points.get().items().size(); i++) {
        if (points.get().items().get(i) instanceof MappingNode point) {
          Optional<SequenceNode> ids = sequence(point.get("sources"));
          for (int j = 0; ids.isPresent() && j < ids.get().items().size(); j++) {
            String path = name + "[" + i + "].sources[" + j + "]";
            scalar(Optional.of(ids.get().items().get(j)))
                .ifPresent(s -> cite(s, path, defined, cited));
          }
        }
      }
    }
    for (Map.Entry<String, MappingNode.Entry> source : defined.entrySet()) {
      if (source.getValue().value() instanceof MappingNode entry) {
        date(entry, "date", "sources." + source.getKey() + ".date");
      }
      // An id of the wrong form has its own error; its citations could not name it either.
      if (!cited.containsKey(source.getKey())
          && SOURCE_ID_PATTERN.matcher(source.getKey()).matches()) {
        ScalarNode key = source.getValue().key();
        add(
            key,
            Rule.UNUSED_SOURCE,
            "sources." + key.value(),
            "source '"
                + key.value()
                + "' is never cited; cite it from a fact or quote, or remove it");
      }
    }
  }

  private void cite(
      ScalarNode id,
      String path,
      Map<String, MappingNode.Entry> defined,
      Map<String, Boolean> cited) {
    cited.put(id.value(), true);
    // An id of the wrong form is the schema's to report; it cannot name a source anyway.
    if (defined.containsKey(id.value()) || !SOURCE_ID_PATTERN.matcher(id.value()).matches()) {
      return;
    }
    String message = "unknown source '" + id.value() + "'";
    Optional<String> suggestion = Suggestions.closest(id.value(), defined.keySet());
    if (suggestion.isPresent()) {
      message += " (did you mean '" + suggestion.get() + "'?)";
    } else {
      message += "; define it under 'sources'";
    }
    add(id, Rule.UNKNOWN_SOURCE, path, message);
  }

  /** A date in the right form (the schema checks that) must also exist on the calendar. */
  private void date(MappingNode parent, String key, String path) {
    Optional<ScalarNode> value = scalar(parent.get(key));
    if (value.isEmpty() || !DATE.matcher(value.get().value()).matches()) {
      return;
    }
    String text = value.get().value();
    int year = Integer.parseInt(text.substring(0, 4));
    int month = Integer.parseInt(text.substring(5, 7));
    int day = Integer.parseInt(text.substring(8, 10));
    String why;
    if (year == 0) {
      // ISO's year 0 is 1 BC: a memo would print it as year 1, and a PDF date cannot hold it.
      why = "the years start at 0001";
    } else if (month < 1 || month > 12) {
      why = "there is no month " + month;
    } else if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      YearMonth ym = YearMonth.of(year, month);
      why =
          ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + year
              + " has "
              + ym.lengthOfMonth()
              + " days";
    } else {
      LocalDate.of(year, month, day);
      return;
    }
    add(
        value.get(),
        Rule.BAD_DATE,
        path,
        "'" + path + "' is not a real date: '" + text + "' (" + why + ")");
  }

  /** The memo adds quotation marks in the memo's language; marks in the text would double them. */
  private void quotedQuote(ScalarNode text, String path) {
    String t = text.value().strip();
    if (QuotationMarks.unwrap(t).isPresent()) {
      add(
          text,
          Rule.QUOTED_QUOTE,
          path,
          "quote text is wrapped in quotation marks; the memo drops them and adds its own:"
              + " remove them from the brief");
    }
  }

  private void add(ScalarNode at, Rule rule, String path, String message) {
    out.add(Diagnostic.of(rule, file, at.mark().line(), at.mark().column(), path, message));
  }

  private static Optional<MappingNode> mapping(Optional<Node> node) {
    return node.filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
  }

  private static Optional<SequenceNode> sequence(Optional<Node> node) {
    return node.filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast);
  }

  private static Optional<ScalarNode> scalar(Optional<Node> node) {
    return node.filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
  }
}
