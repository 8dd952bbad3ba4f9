package dev.brief.write;

import dev.brief.layout.Layout;
import dev.brief.model.Brief;
import dev.brief.model.Point;
import dev.brief.model.Quote;
import dev.brief.model.Source;
import dev.brief.model.Statement;
import dev.brief.theme.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-built inputs for typeset tests: a brief and the Markdown that the compose stage makes of it,
 * laid out like the reference memo (title, date line, lede, quote, sections, sources).
 */
public final class Fixture {
  public static final Instant TIMESTAMP = Instant.parse("2025-02-15T00:00:00Z");

  private Fixture() {}

  /** The memo a writer gets for {@code markdown}, laid out, in the default theme. */
  public static Memo memo(Brief brief, String markdown) {
    return new Memo(brief, markdown, Layout.of(markdown), Theme.defaultTheme(), TIMESTAMP);
  }

  public static Brief brief(String title, String lang, String summary, String quote) {
    Map<String, Source> sources = new LinkedHashMap<>();
    sources.put(
        "reuters",
        new Source(
            "reuters",
            "Reuters",
            Optional.empty(),
            Optional.of("https://www.reuters.com/"),
            Optional.of(LocalDate.of(2025, 2, 15))));
    return new Brief(
        title,
        LocalDate.of(2025, 2, 15),
        "Ukraine",
        Optional.of("Policy Analysis Unit"),
        Optional.of("INTERNAL"),
        lang,
        new Statement(
            summary,
            List.of(
                new Quote(
                    quote,
                    "Marco Rubio",
                    Optional.of("US Senator"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))),
        new Statement("Rubio set out a shift of roles inside the Alliance.", List.of()),
        List.of(
            new Point(
                "Two NATO command posts are to pass to European partners.", List.of("reuters"))),
        List.of(
            new Point("A stronger European defence shortens the response to threats.", List.of())),
        List.of(new Point("Handing over responsibilities demands coordination.", List.of())),
        "The transatlantic alliance is being reformed, not dismantled.",
        sources,
        Map.of());
  }

  /** The same brief with another classification. */
  public static Brief withClassification(Brief b, String classification) {
    return new Brief(
        b.title(),
        b.date(),
        b.subject(),
        b.author(),
        java.util.Optional.of(classification),
        b.lang(),
        b.position(),
        b.proposals(),
        b.facts(),
        b.positives(),
        b.risks(),
        b.conclusion(),
        b.sources(),
        b.labels());
  }

  public static Brief english() {
    return brief(
        "US position: not a withdrawal, but a redistribution",
        "en",
        "What counts in high diplomacy is what governments do, not how loudly they speak.",
        "We are not leaving NATO. We are not going away.");
  }

  /** The memo as compose would write it; {@code sections} repeats the body to make it longer. */
  public static String markdown(Brief brief, int sections) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(brief.title()).append("\n\n");
    md.append("15 February 2025 · Policy Analysis Unit · INTERNAL\n\n");
    md.append(brief.position().summary()).append("\n\n");
    md.append("> “").append(brief.position().quotes().get(0).text()).append("”\n>\n");
    md.append("> — Marco Rubio, US Senator\n\n");
    for (int i = 0; i < sections; i++) {
      String n = sections == 1 ? "" : " " + (i + 1);
      md.append("## What is being proposed").append(n).append("\n\n");
      md.append(LOREM).append("\n\n");
      md.append("> “We are not asking Europe to be a vassal of the United States. We want to be")
          .append(" your partner.”\n>\n> — Marco Rubio, US Senator\n\n");
      md.append("## Facts to note").append(n).append("\n\n");
      md.append("Two NATO command posts, Naples and Norfolk, are to pass to European partners")
          .append(" as part of the same shift.[1]\n\n");
      md.append("In January, plans were reported to cut about 200 posts in the NATO structures")
          .append(" that plan military and intelligence operations.[1]\n\n");
      md.append("## What this means for ").append(brief.subject()).append(n).append("\n\n");
      md.append("**Positive:** A stronger European defence makes neighbouring theatres more")
          .append(
              " resilient. *Also*, more European forces open further channels for support.\n\n");
      md.append("**Risks:** Handing over responsibilities demands `coordination`.\n\n");
    }
    md.append("## Conclusion\n\n").append(brief.conclusion()).append("\n\n");
    md.append("## Sources\n\n");
    md.append("1. Reuters, 15 February 2025, <https://www.reuters.com/>\n");
    md.append("2. The Washington Post, [a very long link](https://www.washingtonpost.com/world/")
        .append(
            "2025/01/20/nato-structures-cut-positions-planning-military-intelligence-operations")
        .append("-europe-command-posts-naples-norfolk/)\n");
    return md.toString();
  }

  public static final String LOREM =
      "Rubio set out a shift of roles inside the Alliance: Europe builds up its own defensive"
          + " capabilities and European capitals take responsibility for them, but within NATO's"
          + " system of collective defence. As he sees it, stronger allies make a stronger"
          + " Alliance. For Ukraine the thesis is practical: more European capability means"
          + " faster and more dependable support on the ground.";
}
