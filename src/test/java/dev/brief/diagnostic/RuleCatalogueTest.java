package dev.brief.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of rules and the README's table of them are one list written twice: users read the
 * table, the code emits the catalogue, and neither may gain a rule the other lacks.
 */
class RuleCatalogueTest {
  private static final Path README = Path.of("README.md");
  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Test
  void theReadmeTableListsEveryRuleAtItsSeverity() throws IOException {
    Set<String> documented = readmeRules();
    Set<String> catalogued =
        Arrays.stream(Rule.values())
            .map(r -> pair(r.id(), r.defaultSeverity()))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> readmeOnly = new TreeSet<>(documented);
    readmeOnly.removeAll(catalogued);
    Set<String> ruleOnly = new TreeSet<>(catalogued);
    ruleOnly.removeAll(documented);
    assertTrue(
        readmeOnly.isEmpty() && ruleOnly.isEmpty(),
        "README's rules table and dev.brief.diagnostic.Rule differ: in README.md but not in Rule: "
            + readmeOnly
            + "; in Rule but not in README.md: "
            + ruleOnly);
  }

  @Test
  void idsAreUniqueAndKebabCase() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : Rule.values()) {
      assertTrue(KEBAB.matcher(rule.id()).matches(), rule + " has id '" + rule.id() + "'");
      assertTrue(seen.add(rule.id()), "two rules have the id '" + rule.id() + "'");
      assertEquals(
          rule.name(), rule.id().toUpperCase(Locale.ROOT).replace('-', '_'), "constant name");
    }
  }

  @Test
  void everySummaryIsOneLowercaseLine() {
    for (Rule rule : Rule.values()) {
      String s = rule.summary();
      assertFalse(s.isBlank(), rule + " has no summary");
      assertFalse(s.endsWith(".") || s.contains("\n"), rule + ": '" + s + "'");
      // An acronym may open a summary (YAML), a capitalised word may not.
      assertFalse(
          Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1)),
          rule + ": '" + s + "'");
    }
  }

  @Test
  void aRuleIsFoundByItsIdOnly() {
    for (Rule rule : Rule.values()) {
      assertEquals(rule, Rule.byId(rule.id()).orElseThrow());
    }
    assertTrue(Rule.byId("YAML_SYNTAX").isEmpty());
    assertTrue(Rule.byId("no-such-rule").isEmpty());
  }

  /** Every (id, severity) of the table under "### Rules"; a row may name several ids. */
  private static Set<String> readmeRules() throws IOException {
    List<String> rows = tableAfter("### Rules", Files.readAllLines(README));
    assertTrue(rows.size() > 2, "no table under '### Rules' in " + README.toAbsolutePath());
    Set<String> pairs = new TreeSet<>();
    // The first two rows are the header and its '|---|' line.
    for (String row : rows.subList(2, rows.size())) {
      String[] cells = row.split("(?<!\\\\)\\|", -1);
      assertTrue(cells.length > 3, "a row of the rules table has no severity: " + row);
      Severity severity = Severity.valueOf(cells[2].strip().toUpperCase(Locale.ROOT));
      Matcher ids = BACKTICKED.matcher(cells[1]);
      boolean any = false;
      while (ids.find()) {
        assertTrue(pairs.add(pair(ids.group(1), severity)), "listed twice: " + ids.group(1));
        any = true;
      }
      assertTrue(any, "a row of the rules table names no rule: " + row);
    }
    return pairs;
  }

  /** The lines of the first Markdown table after a heading, before anything else follows it. */
  private static List<String> tableAfter(String heading, List<String> lines) {
    int at = lines.indexOf(heading);
    assertTrue(at >= 0, "README.md has no heading '" + heading + "'");
    List<String> table = new ArrayList<>();
    for (String line : lines.subList(at + 1, lines.size())) {
      if (line.startsWith("|")) {
        table.add(line);
      } else if (!table.isEmpty() || line.startsWith("#")) {
        break;
      }
    }
    return table;
  }

  private static String pair(String id, Severity severity) {
    return id + " (" + severity.label() + ")";
  }
}
