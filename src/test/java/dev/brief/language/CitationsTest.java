package dev.brief.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationsTest {
  @Test
  void theMarkListsTheNumbersInBracketsSeparatedByCommaAndSpace() {
    assertEquals("[3]", Citations.mark(List.of(3)));
    assertEquals("[1, 2, 10]", Citations.mark(List.of(1, 2, 10)));
  }

  /** Where a citation starting at the given index ends; -1 where none starts there. */
  @ParameterizedTest(name = "''{0}'' at {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[3]          | 0 | 3",
        "[1, 2]       | 0 | 6",
        "[1,2]        | 0 | 5",
        "see [12] too | 4 | 8",
        "see [12] too | 3 | -1",
        "[1,  2]      | 0 | -1",
        "[]           | 0 | -1",
        "[a]          | 0 | -1",
        "[1           | 0 | -1",
        "[1,]         | 0 | -1",
        "[1, 2        | 0 | -1",
        "[١]          | 0 | -1"
      })
  void endsAfterItsClosingBracket(String text, int start, int end) {
    assertEquals(end, Citations.end(text, start));
  }
}
