package dev.brief.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One way FuzzTest spoils a valid brief. Each kind is one small method; the random source decides
 * where and how much, so a case's seed alone gives back its bytes.
 */
enum Mutation {
  BYTE_FLIP(Mutation::byteFlip),
  TRUNCATE(Mutation::truncate),
  DELETE_LINE(text(Mutation::deleteLine)),
  DUPLICATE_LINE(text(Mutation::duplicateLine)),
  INDENT(text(Mutation::indent)),
  SWAP_SHAPE(text(Mutation::swapShape)),
  ANCHOR_ALIAS(text(Mutation::anchorAlias)),
  TAG(text(Mutation::tag)),
  HUGE_FIELD(text(Mutation::hugeField)),
  LONG_LIST(text(Mutation::longList)),
  MANY_UNKNOWN_KEYS(text(Mutation::manyUnknownKeys)),
  SCALAR_ALIAS_BOMB(text(Mutation::scalarAliasBomb)),
  ODD_UNICODE(text(Mutation::oddUnicode)),
  SURROGATE_ESCAPE(text(Mutation::surrogateEscape)),
  CONTROL_ESCAPE(text(Mutation::controlEscape)),
  BIG_U_ESCAPE(text(Mutation::bigUEscape)),
  LINE_ENDINGS(text(Mutation::lineEndings)),
  LONE_CR(text(Mutation::loneCr));

  private final Kind kind;

  Mutation(Kind kind) {
    this.kind = kind;
  }

  byte[] apply(byte[] brief, SplittableRandom random) {
    return kind.apply(brief, random);
  }

  /** The file name a regression brief of this kind has in cases/fuzz/. */
  String fileName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".yaml";
  }

  private interface Kind {
    byte[] apply(byte[] brief, SplittableRandom random);
  }

  private interface TextKind {
    String apply(String brief, SplittableRandom random);
  }

  private static Kind text(TextKind kind) {
    return (bytes, random) ->
        kind.apply(new String(bytes, StandardCharsets.UTF_8), random)
            .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] byteFlip(byte[] brief, SplittableRandom random) {
    byte[] out = brief.clone();
    for (int n = 1 + random.nextInt(4); n > 0 && out.length > 0; n--) {
      out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return out;
  }

  private static byte[] truncate(byte[] brief, SplittableRandom random) {
    return Arrays.copyOf(brief, random.nextInt(brief.length + 1));
  }

  private static String deleteLine(String brief, SplittableRandom random) {
    List<String> lines = lines(brief);
    lines.remove(random.nextInt(lines.size()));
    return String.join("\n", lines);
  }

  private static String duplicateLine(String brief, SplittableRandom random) {
    List<String> lines = lines(brief);
    int at = random.nextInt(lines.size());
    lines.add(at, lines.get(at));
    return String.join("\n", lines);
  }

  private static String indent(String brief, SplittableRandom random) {
    List<String> lines = lines(brief);
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    String[] changes = {" ", "  ", "    ", "\t", ""};
    String changed =
        random.nextBoolean()
            ? changes[random.nextInt(changes.length)] + line
            : line.replaceFirst("^ {1,2}", "");
    lines.set(at, changed);
    return String.join("\n", lines);
  }

  /** A value that was a scalar, a list or a mapping becomes one of the others. */
  private static String swapShape(String brief, SplittableRandom random) {
    List<String> lines = lines(brief);
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    int colon = line.indexOf(": ");
    String[] values = {"[a, b]", "{a: b}", "x", "[]", "{}", "- a", "\n  - a\n  - b", "\n  k: v"};
    String value = values[random.nextInt(values.length)];
    lines.set(at, colon < 0 ? line + ": " + value : line.substring(0, colon + 2) + value);
    return String.join("\n", lines);
  }

  private static String anchorAlias(String brief, SplittableRandom random) {
    List<String> lines = lines(brief);
    int from = random.nextInt(lines.size());
    int to = random.nextInt(lines.size());
    lines.set(from, lines.get(from).replaceFirst(": ", ": &a "));
    String[] aliases = {": *a", ": [*a, *a]", ": *nothing", ": &a *a"};
    lines.set(to, lines.get(to).replaceFirst(": .*", aliases[random.nextInt(aliases.length)]));
    return String.join("\n", lines);
  }

  private static String tag(String brief, SplittableRandom random) {
    String[] tags = {"!!str ", "!!int ", "!!map ", "!!binary ", "!custom ", "!!python/none ", "! "};
    return insertAfterColon(brief, random, tags[random.nextInt(tags.length)]);
  }

  private static String hugeField(String brief, SplittableRandom random) {
    String word = random.nextBoolean() ? "word " : "ab";
    return insertAfterColon(brief, random, word.repeat(1 << random.nextInt(15)));
  }

  private static String longList(String brief, SplittableRandom random) {
    return brief.replaceFirst(
        "\nfacts:.*", "\nfacts:" + "\n  - A fact.".repeat(1 << random.nextInt(12)));
  }

  /** Item 4 of issue 7: validation time grows with the square of the number of unknown keys. */
  private static String manyUnknownKeys(String brief, SplittableRandom random) {
    StringBuilder keys = new StringBuilder(brief).append('\n');
    // Up to 3,000: enough to cross the 100-problem cap; ValidatorTest holds the 60,000-key case.
    for (int i = random.nextInt(3_000); i > 0; i--) {
      keys.append("unknown").append(i).append(": x\n");
    }
    return keys.toString();
  }

  /** Item 3 of issue 7: aliases to scalars are not bounded. */
  private static String scalarAliasBomb(String brief, SplittableRandom random) {
    String big = "&big \"" + "x".repeat(1000 + random.nextInt(20_000)) + "\"";
    String aliases = "\n  - *big".repeat(1 + random.nextInt(5000));
    return brief
        .replaceFirst("\n  summary:.*", "\n  summary: " + big)
        .replaceFirst("\nfacts:.*", "\nfacts:" + aliases);
  }

  private static String oddUnicode(String brief, SplittableRandom random) {
    String[] odd = {
      "\u202Eevil\u202C",
      "e\u0301\u0308\u0327",
      "\uFFFE",
      "\u0000",
      "\uFEFF",
      "\uD800",
      "\uDC00x",
      "\uD83D\uDE00",
      "\u200B\u200D",
      "\uFFFF",
      "\u0007",
      "\u001B[31m",
      "\u00A0"
    };
    return insertAnywhere(brief, random, odd[random.nextInt(odd.length)]);
  }

  private static String surrogateEscape(String brief, SplittableRandom random) {
    String[] escapes = {"\\uD800", "\\uDC00", "\\uD83D\\uDE00", "\\uDBFF\\uDFFF", "\\uDE00\\uD83D"};
    return quotedField(brief, random, escapes[random.nextInt(escapes.length)]);
  }

  /** Item 17 of issue 7: control characters written as YAML escapes reach the output. */
  private static String controlEscape(String brief, SplittableRandom random) {
    String[] escapes = {"\\x07", "\\0", "\\uFFFE", "\\e", "\\x1F", "\\uFFFF", "\\a"};
    return quotedField(brief, random, escapes[random.nextInt(escapes.length)]);
  }

  /** Item 1 of issue 7: {@code \\U} escapes from 80000000 up throw NumberFormatException. */
  private static String bigUEscape(String brief, SplittableRandom random) {
    String[] escapes = {"\\UFFFFFFFF", "\\U80000000", "\\U00110000", "\\U0001F600", "\\U0000000A"};
    return quotedField(brief, random, escapes[random.nextInt(escapes.length)]);
  }

  private static String lineEndings(String brief, SplittableRandom random) {
    String[] endings = {"\r\n", "\u2028", "\u2029", "\u0085", "\n\r", "\r\r\n"};
    String ending = endings[random.nextInt(endings.length)];
    return random.nextBoolean()
        ? brief.replace("\n", ending)
        : insertAnywhere(brief, random, ending);
  }

  /** Old Mac line endings, which the reader counts as line breaks as editors do. */
  private static String loneCr(String brief, SplittableRandom random) {
    return random.nextBoolean() ? brief.replace("\n", "\r") : insertAnywhere(brief, random, "\r");
  }

  private static String quotedField(String brief, SplittableRandom random, String escape) {
    return insertAfterColon(brief, random, "\"text " + escape + " more\"");
  }

  private static String insertAfterColon(String brief, SplittableRandom random, String value) {
    List<String> lines = lines(brief);
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    int colon = line.indexOf(": ");
    lines.set(at, colon < 0 ? line + ": " + value : line.substring(0, colon + 2) + value);
    return String.join("\n", lines);
  }

  private static String insertAnywhere(String brief, SplittableRandom random, String value) {
    int at = random.nextInt(brief.length() + 1);
    return brief.substring(0, at) + value + brief.substring(at);
  }

  private static List<String> lines(String brief) {
    return new ArrayList<>(Arrays.asList(brief.split("\n", -1)));
  }
}
