package dev.brief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.diagnostic.BriefException;
import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader on its own: YAML hazards a writer or a hostile file brings, each either read as the
 * writer meant or refused at the line and column an editor shows, quickly.
 */
class YamlReaderTest {
  private static final YamlReader READER = new YamlReader();
  private static final Duration QUICK = Duration.ofSeconds(2);

  private static Node read(String yaml) throws BriefException {
    return READER.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static Diagnostic refused(byte[] yaml) {
    BriefException e =
        assertTimeoutPreemptively(
            QUICK, () -> assertThrows(BriefException.class, () -> READER.read("t.yaml", yaml)));
    assertEquals(1, e.diagnostics().size());
    return e.diagnostics().get(0);
  }

  private static Diagnostic refused(String yaml) {
    return refused(yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static String where(Diagnostic d) {
    return d.line() + ":" + d.column() + " " + d.rule().id();
  }

  private static String text(Node root, String pointer) {
    return ((ScalarNode) NodePath.atPointer(root, pointer).orElseThrow()).value();
  }

  @Test
  void aQuoteReusedThroughAnAliasIsReadInBothPlaces() throws Exception {
    Node root =
        read(
            "position:\n  quotes:\n    - &q\n      text: We will\n      speaker: Bob\n"
                + "proposals:\n  quotes:\n    - *q\n");
    assertEquals("We will", text(root, "/proposals/quotes/0/text"));
    assertEquals(
        new Mark(4, 13), NodePath.atPointer(root, "/proposals/quotes/0/text").get().mark());
  }

  @Test
  void scalarsKeepTheirTextAndYaml12Types() throws Exception {
    Node root =
        read(
            "a: no\nb: 2025-02-15\nc: !!str 42\nd: |+\n  kept\n\ne: >-\n  folded\n  line\n"
                + "1: one\nyes: y\nf: {g: h}\n");
    assertEquals("no", text(root, "/a"));
    assertEquals(ScalarType.STRING, ((ScalarNode) NodePath.atPointer(root, "/a").get()).type());
    assertEquals("2025-02-15", text(root, "/b"));
    assertEquals(ScalarType.STRING, ((ScalarNode) NodePath.atPointer(root, "/c").get()).type());
    assertEquals("kept\n\n", text(root, "/d"));
    assertEquals("folded line", text(root, "/e"));
    assertEquals("one", text(root, "/1"));
    assertEquals("y", text(root, "/yes"));
    assertEquals("h", text(root, "/f/g"));
  }

  @Test
  void aBlankLineInFoldedPlainOrSingleQuotedTextStaysABlankLine() throws Exception {
    Node root =
        read(
            "f: >-\n  one\n  line\n\n  two\n\n\n  three\n"
                + "c: >\n  clip\n\n  end\n"
                + "p: one\n  line\n\n  two\n"
                + "s: 'one\n\n  two'\n"
                + "d: \"one\n\n  two\"\n"
                + "l: |\n  one\n  line\n\n  two\n");
    assertEquals("one line\n\ntwo\n\nthree", text(root, "/f"));
    assertEquals("clip\n\nend\n", text(root, "/c"));
    assertEquals("one line\n\ntwo", text(root, "/p"));
    assertEquals("one\n\ntwo", text(root, "/s"));
    assertEquals("one\ntwo", text(root, "/d")); // its "\\n" escapes are the same line break
    assertEquals("one\nline\n\ntwo\n", text(root, "/l"));
  }

  @Test
  void moreIndentedLinesOfFoldedTextKeepTheirOwnBreaks() throws Exception {
    Node root = read("f: >-\n  one\n    indented\n  two\n\n    apart\n");
    // YAML does not fold around more-indented lines: each break there is one the writer typed.
    assertEquals("one\n  indented\ntwo\n\n  apart", text(root, "/f"));
  }

  @Test
  void crlfAndBomLeaveLinesAndColumnsAlone() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String yaml = "a: 1\r\nb:\r\n  c: x\r\n";
    byte[] withBom = new byte[bom.length + yaml.length()];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(yaml.getBytes(StandardCharsets.US_ASCII), 0, withBom, 3, yaml.length());
    Node root = READER.read("t.yaml", withBom);
    assertEquals(new Mark(1, 1), ((MappingNode) root).entries().get(0).key().mark());
    assertEquals(new Mark(3, 6), NodePath.atPointer(root, "/b/c").get().mark());
  }

  @Test
  void badUtf8IsReportedAtItsLineWhateverTheLineEndings() {
    for (String eol : List.of("\n", "\r\n", "\r")) {
      byte[] yaml = ("a: 1" + eol + "b: \u00e9").getBytes(StandardCharsets.UTF_8);
      yaml[yaml.length - 1] = 'x'; // the second byte of 'é' is gone: a broken sequence
      assertEquals("2:4 not-utf8", where(refused(yaml)), () -> "line ending " + eol.length());
    }
  }

  @Test
  void lineSeparatorsAreRefusedWhereAnEditorShowsThem() {
    // SnakeYAML (YAML 1.1) counts U+2028, U+2029 and U+0085 as line breaks, editors do not: every
    // line number after one was off by one, and one in a plain value or a comment broke the file.
    for (String c : List.of("\u2028", "\u2029", "\u0085")) {
      Diagnostic d = refused("# note" + c + "here\ntitle: \"a" + c + "b\"\nx: y: z\n");
      assertEquals("1:7 yaml-syntax", where(d), d::format);
      assertTrue(d.message().contains(String.format("U+%04X", (int) c.charAt(0))), d::format);
    }
  }

  @Test
  void deepNestingIsRefusedAtTheBracketThatGoesTooDeep() {
    Diagnostic d = refused("title: x\nx-deep: " + "[".repeat(10_000) + "]".repeat(10_000));
    assertEquals("2:" + (9 + YamlReader.MAX_DEPTH - 1) + " too-complex", where(d), d::format);
    assertTrue(d.message().contains("deeper than " + YamlReader.MAX_DEPTH), d::format);
  }

  @Test
  void aFileOfManyValuesIsRefusedQuicklyWithoutBlamingAliases() {
    String items = "a, ".repeat(300_000);
    Diagnostic d = refused("x-list: [" + items + "]\n");
    assertEquals(Rule.TOO_COMPLEX, d.rule());
    assertEquals(1, d.line());
    assertFalse(d.message().contains("remove the anchors"), d::format);
  }

  @Test
  void anAliasBombIsRefusedAtTheAliasOverTheLimit() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String prev = "*" + (char) (c - 1);
      yaml.append(c)
          .append(": &")
          .append(c)
          .append(" [")
          .append(String.join(", ", List.of(prev, prev, prev, prev, prev, prev, prev, prev, prev)))
          .append("]\n");
    }
    Diagnostic d = refused(yaml.toString());
    assertEquals("4:" + (8 + 2 * 4) + " yaml-alias", where(d), d::format);
  }

  @Test
  void mergeKeysAreRefusedWithAMessageThatSaysSo() {
    Diagnostic d = refused("x-base: &b\n  summary: s\nproposals:\n  <<: *b\n");
    assertEquals("4:3 yaml-merge", where(d), d::format);
  }

  @Test
  void emptyAndCommentOnlyFilesHoldNoDocument() {
    for (String yaml : List.of("", "# only a comment\n", "\n\n")) {
      assertEquals("1:1 empty-file", where(refused(yaml)));
    }
  }

  @Test
  void aKeyWithoutColonIsReportedOnItsOwnLine() {
    Diagnostic d = refused("conclusion: |\nThe end.\nx-a: 1\n");
    assertEquals("2:1 yaml-syntax", where(d), d::format);
  }

  @Test
  void markdownAtTheStartOfAValueGetsAdviceToQuoteIt() {
    for (String value : List.of("*Not* yet", "**Strong** start", "`code` first", "@handle")) {
      Diagnostic d = refused("title: " + value + "\n");
      assertEquals("1:8 yaml-syntax", where(d), d::format);
      assertTrue(d.message().contains("quotes"), d::format);
      assertFalse(d.message().contains("indentation"), d::format);
    }
    Diagnostic after = refused("title: \"Minimal\" brief\n");
    assertTrue(after.message().contains("quote"), after::format);
    assertFalse(after.message().contains("indentation"), after::format);
  }

  @Test
  void aTabBeforeAValueIsNotCalledIndentation() {
    Diagnostic d = refused("title:\tMinimal brief\n");
    assertEquals("1:7 yaml-syntax", where(d), d::format);
    assertFalse(d.message().contains("indentation"), d::format);
  }

  @Test
  void collectionAliasesThatDoubleTheTextTenTimesAreRefusedAtTheAliasThatCrossesTheBound() {
    // Twenty aliases to collections, within that limit, but 1,024 copies of the long text.
    StringBuilder yaml = new StringBuilder("l0: &l0 [\"" + "x".repeat(2_000) + "\"]\n");
    for (int i = 1; i <= 10; i++) {
      yaml.append("l").append(i).append(": &l").append(i);
      yaml.append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
    }
    yaml.append("last: *l10\n");
    Diagnostic d = refused(yaml.toString());
    assertEquals("4:15 yaml-alias", where(d));
    assertTrue(d.message().startsWith("aliases expand the text past "), d.message());
  }

  @Test
  void aNameReusedManyTimesThroughAnAliasStaysWithinTheBound() throws Exception {
    StringBuilder yaml = new StringBuilder("speaker: &s Marco Rubio\nquotes:\n");
    for (int i = 0; i < 40; i++) {
      yaml.append("  - *s\n");
    }
    assertEquals("Marco Rubio", text(read(yaml.toString()), "/quotes/39"));
  }

  @Test
  void aThemeReaderSpeaksOfThemes() {
    BriefException e =
        assertThrows(
            BriefException.class,
            () ->
                new YamlReader(FileKind.THEME).read("t.yaml", new byte[YamlReader.MAX_BYTES + 1]));
    assertEquals(
        "file is 1048577 bytes, more than the limit of 1048576; a theme should be a few kilobytes",
        e.diagnostics().get(0).message());
  }

  @Test
  void tabAndLineBreakWrittenAsEscapesStayAllowed() throws Exception {
    assertEquals("a\tb\nc", text(read("v: \"a\\tb\\nc\"\n"), "/v"));
  }
}
