package dev.brief.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** brief's version, from a resource that Maven filters at build time. */
final class Version {
  static final String VERSION = load();

  private Version() {}

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("/dev/brief/version.properties")) {
      Properties props = new Properties();
      if (in != null) {
        props.load(in);
      }
      return props.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
