package dev.brief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Copies of parts of this checkout, for tests that run the launcher or the build elsewhere. */
final class Checkout {
  /** What ./brief's build reads; src/test is left out, so none of it is compiled. */
  static final List<String> BUILD =
      List.of("brief", "mvnw", "pom.xml", ".mvn", "src/main", "src/build", "templates");

  private Checkout() {}

  /** Copies the files and folders named (relative to the checkout) below {@code to}. */
  static void copy(List<String> names, Path to) throws IOException {
    for (String name : names) {
      try (Stream<Path> files = Files.walk(Path.of(name))) {
        for (Path file : files.toList()) {
          Path target = to.resolve(file.toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    }
  }
}
