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
 * briefs/drafts/**}); one from a configuration file matches the path below that file's folder. A
 * folder that matches is not walked.
 */
final class Excludes {
  /** Nothing excluded. */
  static final Excludes NONE = new Excludes(List.of(), List.of(), List.of());

  private final List<PathMatcher> names;
  private final List<PathMatcher> paths;

  /** Globs with a {@code /} from a configuration file: they match below its folder. */
  private final List<Below> below;

  private record Below(Path base, PathMatcher matcher) {}

  private Excludes(List<PathMatcher> names, List<PathMatcher> paths, List<Below> below) {
    this.names = names;
    this.paths = paths;
    this.below = below;
  }

  /** The globs, each checked; {@code source} names where they came from, for messages. */
  static Excludes of(List<String> globs, String source) throws UserException {
    List<PathMatcher> names = new ArrayList<>();
    List<PathMatcher> paths = new ArrayList<>();
    for (String glob : globs) {
      (glob.contains("/") ? paths : names).add(matcher(glob, source));
    }
    return new Excludes(List.copyOf(names), List.copyOf(paths), List.of());
  }

  /**
   * These excludes and {@code glob} from a configuration file in {@code base}: with a {@code /}, it
   * matches the path below {@code base}, as a .gitignore's does.
   */
  Excludes plus(String glob, Path base, String source) throws UserException {
    PathMatcher matcher = matcher(glob, source);
    List<PathMatcher> moreNames = new ArrayList<>(names);
    List<Below> moreBelow = new ArrayList<>(below);
    if (glob.contains("/")) {
      moreBelow.add(new Below(base.toAbsolutePath().normalize(), matcher));
    } else {
      moreNames.add(matcher);
    }
    return new Excludes(List.copyOf(moreNames), paths, List.copyOf(moreBelow));
  }

  private static PathMatcher matcher(String glob, String source) throws UserException {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (PatternSyntaxException e) {
      String why = e.getDescription();
      why = why.isEmpty() ? why : Character.toLowerCase(why.charAt(0)) + why.substring(1);
      throw new UserException(
          ExitCode.USAGE, source + " '" + glob + "' is not a glob (" + why + "); check it");
    }
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
    if (!below.isEmpty()) {
      Path absolute = given.toAbsolutePath().normalize();
      for (Below b : below) {
        if (absolute.startsWith(b.base()) && b.matcher().matches(b.base().relativize(absolute))) {
          return true;
        }
      }
    }
    return false;
  }
}
