package dev.brief.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemCapTest {
  private static List<Diagnostic> many(String file, Rule rule, int count) {
    List<Diagnostic> found = new ArrayList<>();
    for (int i = count; i > 0; i--) { // out of order: each file's are sorted by place
      found.add(Diagnostic.of(rule, file, i, 1, "", "problem " + i));
    }
    return found;
  }

  @Test
  void eachFileIsCappedAndCountedOnItsOwnInTheOrderTheFilesCome() {
    List<Diagnostic> found = new ArrayList<>(many("memo.mustache", Rule.TEMPLATE_NAME, 103));
    found.addAll(many("part.mustache", Rule.TEMPLATE_NAME, 2));
    List<ProblemCap.Capped> files = ProblemCap.perFile(found);
    assertEquals(2, files.size());
    ProblemCap.Capped memo = files.get(0);
    assertEquals(ProblemCap.SHOWN + 1, memo.shown().size());
    assertEquals(1, memo.shown().get(0).line(), "sorted by place");
    assertEquals(new NotShown(0, 3), memo.notShown());
    Diagnostic count = memo.shown().get(ProblemCap.SHOWN);
    assertEquals(Rule.TOO_MANY_PROBLEMS, count.rule());
    assertEquals(101, count.line(), "where the rest begins");
    assertTrue(count.message().endsWith("check that this is a template"), count.message());
    assertEquals(NotShown.NONE, files.get(1).notShown());
    assertEquals(2, files.get(1).shown().size());
  }

  @Test
  void aThemeIsCalledOneWhateverItsProblems() {
    // A wrong file given as the theme: its problems are control characters, not theme keys.
    for (String file : List.of("team/theme.yaml", "THEME.YML")) {
      List<ProblemCap.Capped> files =
          ProblemCap.perFile(many(file, Rule.CONTROL_CHARACTER, ProblemCap.SHOWN + 5));
      String message = files.get(0).shown().get(ProblemCap.SHOWN).message();
      assertTrue(message.endsWith("check that this is a theme"), message);
    }
  }

  @Test
  void oneMoreProblemIsWordedInTheSingular() {
    ProblemCap.Capped one =
        ProblemCap.apply(
            many("memo.mustache", Rule.TEMPLATE_NAME, ProblemCap.SHOWN + 1).stream()
                .sorted(java.util.Comparator.comparingInt(Diagnostic::line))
                .toList(),
            "a template");
    String message = one.shown().get(ProblemCap.SHOWN).message();
    assertTrue(
        message.startsWith("and 1 more problem from here on (0 errors, 1 warning),"), message);
  }
}
