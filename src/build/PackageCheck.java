import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Test (run by {@code verify}, after {@code package}): what {@code package} made, as the release
 * ships it. In target/brief.jar the fonts are stored, not deflated (a cold render would inflate 2
 * MB of them), every other file larger than a kilobyte is deflated, and the manifest is where a
 * JarInputStream finds it. Each man page in target/man is dated DATE (project.build.outputTimestamp's
 * day), not the day of the build. Usage: {@code java src/build/PackageCheck.java JAR [MAN_DIR
 * DATE]}; exits 1 with a line per problem.
 */
public class PackageCheck {
  public static void main(String[] args) throws IOException {
    List<String> problems = new ArrayList<>();
    if (args.length == 3) {
      manPages(Path.of(args[1]), args[2], problems);
    }
    try (JarInputStream in = new JarInputStream(new FileInputStream(args[0]))) {
      if (in.getManifest() == null) {
        problems.add(args[0] + ": no manifest where a JarInputStream reads it (the first entries)");
      }
    }
    int fonts = 0;
    try (ZipFile jar = new ZipFile(args[0])) {
      for (ZipEntry entry : jar.stream().toList()) {
        boolean font = entry.getName().endsWith(".ttf");
        fonts += font ? 1 : 0;
        if (font && entry.getMethod() != ZipEntry.STORED) {
          problems.add(args[0] + ": " + entry.getName() + ": a font, deflated");
        } else if (!font && entry.getSize() > 1024 && entry.getMethod() != ZipEntry.DEFLATED) {
          problems.add(args[0] + ": " + entry.getName() + ": not a font, stored");
        }
      }
    }
    if (fonts == 0) {
      problems.add(args[0] + ": no fonts at all");
    }
    problems.forEach(p -> System.err.println("package-check: " + p));
    System.exit(problems.isEmpty() ? 0 : 1);
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
