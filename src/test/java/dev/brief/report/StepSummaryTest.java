package dev.brief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.NotShown;
import dev.brief.diagnostic.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepSummaryTest {
  private static final Run RUN = new Run("validate", "0.1.0", false, "file:///w/");

  @Test
  void aCellShowsMarkupAsTypedAndNeverEndsEarly() {
    assertEquals(
        "a \\| b \\*c\\* \\[d\\](e) \\<b\\> \\&amp; \\$x\\$ \\@team \\:smile\\: \\`f\\` \\\\n\\\\n",
        StepSummary.cell("a | b *c* [d](e) <b> &amp; $x$ @team :smile: `f` \\n\n"));
  }

  @Test
  void countsCountEveryProblemButAnnotationsOnlyTheLinesShown() {
    List<Diagnostic> shown = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      shown.add(Diagnostic.of(Rule.UNKNOWN_FIELD, "a.yaml", i, 1, "", "unknown " + i));
    }
    shown.add(Diagnostic.of(Rule.TOO_MANY_PROBLEMS, "a.yaml", 101, 1, "", "and 50 more"));
    List<FileResult> results =
        List.of(new FileResult("a.yaml", shown, true).counting(new NotShown(40, 10)));
    Summary summary = Summary.of(results);
    assertEquals(new Summary(1, 1, 140, 10), summary);
    String text = StepSummary.of(RUN, results, summary);
    assertTrue(text.contains("1 file checked: 1 invalid, 140 errors, 10 warnings\n"), text);
    assertTrue(text.contains("this run has 101 error annotations and 0 warning annotations"), text);
  }

  @Test
  void aSummaryPastItsSizeSaysHowManyProblemsItLeftOut() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      diagnostics.add(Diagnostic.warning("a.yaml", i, 1, Rule.UNUSED_SOURCE, "", "unused " + i));
    }
    List<FileResult> results = List.of(new FileResult("a.yaml", diagnostics, false));
    String full = StepSummary.of(RUN, results, Summary.of(results));
    assertEquals(30, full.lines().filter(l -> l.startsWith("| a.yaml |")).count(), full);
    assertTrue(full.contains("this run has 0 error annotations and 30 warning annotations"), full);
    String cut = StepSummary.of(RUN, results, Summary.of(results), 1000);
    long rows = cut.lines().filter(l -> l.startsWith("| a.yaml |")).count();
    assertTrue(rows > 0 && rows < 30, cut);
    assertTrue(
        cut.contains(
            "\n"
                + (30 - rows)
                + " more problems not listed, to keep within the 1 MiB GitHub takes; the log has"
                + " every one.\n"),
        cut);
  }
}
