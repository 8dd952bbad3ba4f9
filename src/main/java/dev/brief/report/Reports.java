package dev.brief.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of reports, by name. The one place the formats are listed: a new format is one class
 * and one line here.
 */
public final class Reports {
  /** In the order help and completion show them. */
  private static final List<Report> ALL =
      List.of(
          new TextReport(),
          new JsonReport(),
          new GithubReport(),
          new SarifReport(),
          new JunitReport());

  private Reports() {}

  /** The report called {@code name}, ignoring case as picocli does for enum options. */
  public static Optional<Report> named(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(r -> r.name().equals(wanted)).findFirst();
  }

  /** Every report's name: {@code text}, then the others. */
  public static List<String> names() {
    return ALL.stream().map(Report::name).toList();
  }
}
