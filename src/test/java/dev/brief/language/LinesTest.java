package dev.brief.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinesTest {
  /** The lines are those the pattern gave, empty ones and every kind of line break included. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a",
        "\n",
        "\r",
        "\r\n",
        "\n\r",
        "a\nb",
        "a\r\nb",
        "a\rb",
        "a\n",
        "a\r\n\r\n",
        "\r\r\n",
        "a\n\nb\n",
        " \t\n x",
        "ü\r\né"
      })
  void splitsAsThePatternDid(String text) {
    assertEquals(List.of(text.split("\r\n|\r|\n", -1)), Lines.of(text));
  }
}
