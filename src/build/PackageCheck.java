import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Test (run by {@code verify}, after {@code package}): what {@code package} made, as the release
 * ships it. In target/brief.jar the fonts are stored, not deflated (a cold render would inflate 2
 * MB of them), every other file larger than a kilobyte is deflated, the manifest is where a
 * JarInputStream finds it, and every entry is dated TIMESTAMP (project.build.outputTimestamp, as
 * UTC), whatever the build machine's time zone. Each man page in MAN_DIR is dated TIMESTAMP's day,
 * not the day of the build, unless DOCS_SKIPPED is true. Usage: {@code java
 * src/build/PackageCheck.java JAR TIMESTAMP MAN_DIR DOCS_SKIPPED}; exits 1 with a line per problem.
 */
public class PackageCheck {
  public static void main(String[] args) throws IOException {
    List<String> problems = new ArrayList<>();
    LocalDateTime time =
        OffsetDateTime.parse(args[1]).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    jar(args[0], time, problems);
    if (!args[3].equals("true")) {
      manPages(Path.of(args[2]), time.toLocalDate().toString(), problems);
    }
    problems.forEach(p -> System.err.println("package-check: " + p));
    System.exit(problems.isEmpty() ? 0 : 1);
  }

  private static void jar(String file, LocalDateTime time, List<String> problems)
      throws IOException {
    try (JarInputStream in = new JarInputStream(new FileInputStream(file))) {
      if (in.getManifest() == null) {
        problems.add(file + ": no manifest where a JarInputStream reads it (the first entries)");
      }
    }
    int fonts = 0;
    try (ZipFile jar = new ZipFile(file)) {
      for (ZipEntry entry : jar.stream().toList()) {
        String name = file + ": " + entry.getName();
        boolean font = entry.getName().endsWith(".ttf");
        fonts += font ? 1 : 0;
        if (font && entry.getMethod() != ZipEntry.STORED) {
          problems.add(name + ": a font, deflated");
        } else if (!font && entry.getSize() > 1024 && entry.getMethod() != ZipEntry.DEFLATED) {
          problems.add(name + ": not a font, stored");
        }
        if (!entry.getTimeLocal().equals(time)) {
          problems.add(name + ": dated " + entry.getTimeLocal() + ", not " + time);
        }
      }
    }
    if (fonts == 0) {
      problems.add(file + ": no fonts at all");
    }
  }

  private static void manPages(Path dir, String date, List<String> problems) throws IOException {
    if (!Files.isDirectory(dir)) {
      problems.add(dir + ": no man pages (were they skipped, -Dbrief.docs.skip=true?)");
      return;
    }
    List<Path> pages;
    try (var files = Files.list(dir)) {
      pages = files.filter(p -> p.toString().endsWith(".1")).sorted().toList();
    }
    if (pages.isEmpty()) {
      problems.add(dir + ": no man pages");
    }
    for (Path page : pages) {
      String th =
          Files.readAllLines(page).stream().filter(l -> l.startsWith(".TH ")).findFirst().orElse("");
      String[] fields = th.split("\"");
      if (fields.length < 6 || !fields[5].equals(date)) {
        problems.add(page + ": dated otherwise than " + date + ": " + th);
      }
    }
  }
}
