package dev.brief.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The walk below one folder named on the command line: collects its briefs, skips hidden files and
 * folders (.git, .github: their YAML is not briefs), and turns a folder it cannot read into one
 * message for that folder instead of stopping, so the rest is still checked. Links to folders are
 * followed; a link back to a folder the walk is already inside is noted once and not entered.
 */
final class BriefWalk extends SimpleFileVisitor<Path> {
  private final Path start;
  private final Excludes excludes;
  private boolean excludedAny;
  private final List<Path> briefs = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final List<String> loops = new ArrayList<>();

  BriefWalk(Path start) {
    this(start, Excludes.NONE);
  }

  BriefWalk(Path start, Excludes excludes) {
    this.start = start;
    this.excludes = excludes;
  }

  /**
   * Walks {@code start}, leaving out what {@code excludes} matches; what it found is in {@link
   * #briefs} and {@link #skipped}.
   */
  static BriefWalk of(Path start, Excludes excludes) throws IOException {
    BriefWalk walk = new BriefWalk(start, excludes);
    Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
    return walk;
  }

  /** The briefs found, normalized and sorted. */
  List<Path> briefs() {
    return briefs.stream().map(Path::normalize).sorted().toList();
  }

  /**
   * One message per file or folder that could not be read, and per brief's name that is no file to
   * read, sorted by path.
   */
  List<String> skipped() {
    return skipped.stream().sorted().toList();
  }

  /**
   * One message per link to a folder the walk was already inside: what it leads to was walked, so
   * such a link skips nothing.
   */
  List<String> loops() {
    return List.copyOf(loops);
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    return isHidden(start.relativize(dir)) || !dir.equals(start) && excluded(dir)
        ? FileVisitResult.SKIP_SUBTREE
        : FileVisitResult.CONTINUE;
  }

  /**
   * A brief's name that is no brief to read (a link to nothing or round a loop, a FIFO, a device)
   * is one message, as the walk cannot check it; it is never opened, so a FIFO cannot hang it.
   */
  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    if (isHidden(start.relativize(file)) || !Inputs.isBrief(file) || excluded(file)) {
      return FileVisitResult.CONTINUE;
    }
    // Files.isRegularFile follows a link: a linked brief counts.
    if (Files.isRegularFile(file)) {
      briefs.add(file);
    } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
      skipped.add(file + ": " + Inputs.brokenLink(file) + "; skipped");
    } else {
      skipped.add(file + ": not a regular file; skipped");
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    if (e instanceof FileSystemLoopException && !isHidden(start.relativize(file))) {
      loops.add(file + ": links back to a folder it is inside; not walked again");
    } else if (!isHidden(start.relativize(file))) {
      String what =
          Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "cannot read folder" : "cannot read";
      skipped.add(file + ": " + what + ": " + Inputs.reason(e) + "; skipped");
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, IOException e) {
    // A folder that failed while being listed: what was read of it counts, the rest is reported.
    return e == null ? FileVisitResult.CONTINUE : visitFileFailed(dir, e);
  }

  private boolean excluded(Path path) {
    boolean excluded = excludes.excludes(path, start.relativize(path));
    excludedAny |= excluded;
    return excluded;
  }

  /** Whether an exclude left out a file or folder below the start. */
  boolean excludedAny() {
    return excludedAny;
  }

  /** Whether a part of the path names a hidden file or folder; {@code .} and {@code ..} do not. */
  static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")
          && !part.toString().equals(".")
          && !part.toString().equals("..")) {
        return true;
      }
    }
    return false;
  }
}
