import java.io.FileInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Test (run by {@code verify}, after {@code package}): target/brief.jar as the release ships it.
 * Its fonts are stored, not deflated (a cold render would inflate 2 MB of them), every other file
 * larger than a kilobyte is deflated, and the manifest is where a JarInputStream finds it.
 * Usage: {@code java src/build/JarCheck.java target/brief.jar}; exits 1 with a line per problem.
 */
public class JarCheck {
  public static void main(String[] args) throws IOException {
    List<String> problems = new ArrayList<>();
    try (JarInputStream in = new JarInputStream(new FileInputStream(args[0]))) {
      if (in.getManifest() == null) {
        problems.add("no manifest where a JarInputStream reads it (the first entries)");
      }
    }
    int fonts = 0;
    try (ZipFile jar = new ZipFile(args[0])) {
      for (ZipEntry entry : jar.stream().toList()) {
        boolean font = entry.getName().endsWith(".ttf");
        fonts += font ? 1 : 0;
        if (font && entry.getMethod() != ZipEntry.STORED) {
          problems.add(entry.getName() + ": a font, deflated");
        } else if (!font && entry.getSize() > 1024 && entry.getMethod() != ZipEntry.DEFLATED) {
          problems.add(entry.getName() + ": not a font, stored");
        }
      }
    }
    if (fonts == 0) {
      problems.add("no fonts at all");
    }
    problems.forEach(p -> System.err.println("jar-check: " + args[0] + ": " + p));
    System.exit(problems.isEmpty() ? 0 : 1);
  }
}
