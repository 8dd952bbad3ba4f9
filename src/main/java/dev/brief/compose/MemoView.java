package dev.brief.compose;

import dev.brief.language.Languages;
import dev.brief.language.QuoteMarks;
import dev.brief.model.Brief;
import dev.brief.model.Point;
import dev.brief.model.Quote;
import dev.brief.model.Source;
import dev.brief.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The view a template places: only maps, lists and strings, with labels chosen, dates written out,
 * quotation marks applied and sources numbered, so the template needs no logic. Brief text stays
 * raw here; escaping happens when Mustache writes a value. Every map holds all its keys (null when
 * absent), because Mustache looks a missing key up in the enclosing scopes.
 */
final class MemoView {
  private final Brief brief;
  private final QuoteMarks marks;
  private final SourceNumbers numbers;

  private MemoView(Brief brief) {
    this.brief = brief;
    this.marks = Languages.quotes(brief.lang());
    this.numbers = SourceNumbers.of(brief);
  }

  static Map<String, Object> of(Brief brief) {
    return new MemoView(brief).view();
  }

  private Map<String, Object> view() {
    Map<String, Object> view = new HashMap<>();
    view.put("title", MarkdownText.oneLine(brief.title()));
    view.put("date", date(brief.date()));
    view.put("subject", MarkdownText.oneLine(brief.subject()));
    view.put("author", brief.author().map(MarkdownText::oneLine).orElse(null));
    view.put("classification", brief.classification().map(MarkdownText::oneLine).orElse(null));
    view.put("lang", brief.lang());
    view.put("labels", labels());
    view.put("position", statement(brief.position()));
    view.put("proposals", statement(brief.proposals()));
    view.put("facts", brief.facts().stream().map(this::point).toList());
    view.put("positives", labelled(brief.positives(), "positive"));
    view.put("risks", labelled(brief.risks(), "risks"));
    view.put("conclusion", brief.conclusion());
    view.put("references", references());
    return view;
  }

  private Map<String, Object> labels() {
    Map<String, Object> labels = new HashMap<>();
    for (String key : Languages.LABEL_KEYS) {
      labels.put(key, label(key));
    }
    return labels;
  }

  private String label(String key) {
    String label =
        MarkdownText.oneLine(brief.labels().getOrDefault(key, Languages.label(brief.lang(), key)));
    return key.equals("implications")
        ? label.replace("{subject}", MarkdownText.oneLine(brief.subject()))
        : label;
  }

  /** A date as the brief's language writes it in running text. */
  private String date(LocalDate date) {
    return Languages.date(date, brief.lang());
  }

  /** A run-in label without the colon a user may have typed: the template places its own. */
  private String runIn(String key) {
    String label = label(key);
    return label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
  }

  private Map<String, Object> statement(Statement statement) {
    List<Object> quotes = new ArrayList<>();
    statement.quotes().forEach(q -> quotes.add(quote(q)));
    Map<String, Object> view = new HashMap<>();
    view.put("summary", statement.summary());
    view.put("quotes", quotes);
    return view;
  }

  private Map<String, Object> quote(Quote quote) {
    // As typographic convention has it, a mark opens every paragraph and only the last closes; a
    // block quote needs each paragraph apart.
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : MarkdownText.paragraphs(quote.text())) {
      paragraphs.add(marks.open() + marks.inside() + paragraph);
    }
    int last = paragraphs.size() - 1;
    paragraphs.set(last, paragraphs.get(last) + marks.inside() + marks.close());
    Map<String, Object> view = new HashMap<>();
    view.put("paragraphs", paragraphs);
    view.put("speaker", MarkdownText.oneLine(quote.speaker()));
    view.put("role", quote.role().map(MarkdownText::oneLine).orElse(null));
    view.put("date", quote.date().map(this::date).orElse(null));
    view.put("cite", numbers.cite(quote.source().stream().toList()));
    // Put even when absent: a missing key would let {{#lang}} find the memo's lang above it.
    view.put("lang", quote.lang().orElse(null));
    return view;
  }

  private Map<String, Object> point(Point point) {
    Map<String, Object> view = new HashMap<>();
    view.put("text", point.text());
    view.put("cite", numbers.cite(point.sources()));
    return view;
  }

  /**
   * Points under a run-in label: a single point runs on after the label, several are a list below
   * it, so the label visibly covers each of them. The items sit in a map, not a bare list, so that
   * a section over {@code several} shows the label once.
   */
  private Map<String, Object> labelled(List<Point> points, String key) {
    Map<String, Object> view = new HashMap<>();
    view.put("label", runIn(key));
    view.put("single", points.size() == 1 ? point(points.get(0)) : null);
    view.put(
        "several",
        points.size() > 1 ? Map.of("items", points.stream().map(this::item).toList()) : null);
    return view;
  }

  /**
   * A list item: its first paragraph apart from the others, which the template indents so that they
   * stay in the item; the citation goes on the last paragraph.
   */
  private Map<String, Object> item(Point point) {
    List<Map<String, Object>> paragraphs = new ArrayList<>();
    for (String text : MarkdownText.paragraphs(point.text())) {
      Map<String, Object> paragraph = new HashMap<>();
      paragraph.put("text", text);
      paragraph.put("cite", null);
      paragraphs.add(paragraph);
    }
    paragraphs.get(paragraphs.size() - 1).put("cite", numbers.cite(point.sources()));
    Map<String, Object> view = new HashMap<>();
    view.put("first", paragraphs.get(0));
    view.put("more", paragraphs.subList(1, paragraphs.size()));
    return view;
  }

  private Map<String, Object> references() {
    if (numbers.ids().isEmpty()) {
      return null;
    }
    List<Object> items = new ArrayList<>();
    for (String id : numbers.ids()) {
      Source source = brief.sources().get(id);
      Map<String, Object> item = new HashMap<>();
      item.put("number", Integer.toString(numbers.number(id)));
      item.put("name", MarkdownText.oneLine(source.name()));
      item.put("title", source.title().map(MarkdownText::oneLine).map(marks::quoted).orElse(null));
      item.put("date", source.date().map(this::date).orElse(null));
      item.put("link", source.url().map(MemoView::link).orElse(null));
      items.add(item);
    }
    return Map.of("items", items);
  }

  private static Map<String, Object> link(String url) {
    return Map.of("text", Links.text(url), "href", Links.destination(url));
  }
}
