package dev.brief.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;

/** brief's version and the git commit its jar was built from, as the build wrote them down. */
final class Version {
  /** A commit as the build names it: abbreviated hex, {@code -dirty} if the tree had changes. */
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}(-dirty)?");

  private static final Properties BUILD = load();
  static final String VERSION = BUILD.getProperty("version", "dev");
  static final String COMMIT_ID = commit(BUILD);

  private Version() {}

  /** version.properties (Maven fills it in) and commit.properties (git's answer, or none). */
  private static Properties load() {
    Properties props = new Properties();
    for (String name : new String[] {"version.properties", "commit.properties"}) {
      try (InputStream in = Version.class.getResourceAsStream("/dev/brief/" + name)) {
        if (in != null) {
          props.load(in);
        }
      } catch (IOException e) {
        // The defaults stand.
      }
    }
    return props;
  }

  /** The commit, or "unknown" when the build could not tell (or wrote no commit.properties). */
  static String commit(Properties build) {
    String commit =
        build.getProperty("commit", "")
            + ("true".equals(build.getProperty("dirty")) ? "-dirty" : "");
    return COMMIT.matcher(commit).matches() ? commit : "unknown";
  }
}
