package dev.brief.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code --exclude} globs. A glob without a {@code /} matches the name of a file or folder at
 * any depth ({@code *.tmp.yaml}, {@code drafts}); one with a {@code /} matches the path below the
 * folder named on the command line ({@code drafts/**}), or the path as given ({@code
 * briefs/drafts/**}). A folder that matches is not walked.
 */
final class Excludes {
  /** Nothing excluded. */
  static final Excludes NONE = new Excludes(List.of(), List.of());

  private final List<PathMatcher> names;
  private final List<PathMatcher> paths;

  private Excludes(List<PathMatcher> names, List<PathMatcher> paths) {
    this.names = names;
    this.paths = paths;
  }

  /** The globs, each checked; {@code source} names where they came from, for messages. */
  static Excludes of(List<String> globs, String source) throws UserException {
    List<PathMatcher> names = new ArrayList<>();
    List<PathMatcher> paths = new ArrayList<>();
    for (String glob : globs) {
      PathMatcher matcher;
      try {
        matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (PatternSyntaxException e) {
        String why = e.getDescription();
        why = why.isEmpty() ? why : Character.toLowerCase(why.charAt(0)) + why.substring(1);
        throw new UserException(
            ExitCode.USAGE, source + " '" + glob + "' is not a glob (" + why + "); check it");
      }
      (glob.contains("/") ? paths : names).add(matcher);
    }
    return new Excludes(List.copyOf(names), List.copyOf(paths));
  }

  /**
   * Whether a file or folder is excluded: {@code given} is its path as given or found, {@code
   * relative} its path below the folder named (null for a path named itself).
   */
  boolean excludes(Path given, Path relative) {
    Path name = given.normalize().getFileName();
    if (name != null && names.stream().anyMatch(m -> m.matches(name))) {
      return true;
    }
    for (PathMatcher m : paths) {
      if (m.matches(given.normalize()) || relative != null && m.matches(relative)) {
        return true;
      }
    }
    return false;
  }
}
