package dev.brief.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionTest {
  private static String commit(String commit, String dirty) {
    Properties build = new Properties();
    if (commit != null) {
      build.setProperty("commit", commit);
    }
    if (dirty != null) {
      build.setProperty("dirty", dirty);
    }
    return Version.commit(build);
  }

  @Test
  void aCommitIsItsHashWithDirtyForUncommittedChanges() {
    assertEquals("c69a745ff203", commit("c69a745ff203", "false"));
    assertEquals("c69a745ff203-dirty", commit("c69a745ff203", "true"));
  }

  @Test
  void aBuildOutsideGitOrAnUnfilteredFileSaysUnknown() {
    assertEquals("unknown", commit("unknown", "false"));
    assertEquals("unknown", commit("unknown", "true"));
    assertEquals("unknown", commit("${git.commit.id.abbrev}", "${git.dirty}"));
    assertEquals("unknown", commit(null, null));
  }
}
