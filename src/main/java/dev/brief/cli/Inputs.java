package dev.brief.cli;

import dev.brief.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the paths on a command line to brief files: folders give every *.yaml and *.yml below
 * them.
 */
final class Inputs {
  private Inputs() {}

  /** The path that names standard input. */
  static final String STDIN = "-";

  /** What an input is: a file to read, a path that does not exist, or standard input. */
  enum Kind {
    FILE,
    MISSING,
    STDIN
  }

  /**
   * One brief to read, and the folder named on the command line that it was found below (null for a
   * file named itself): {@code --out-dir} keeps the file's place below that folder. Standard input
   * has no file, a name for messages, and the bytes read from it (one more than the limit when it
   * held more).
   */
  record Input(Path file, Path root, Kind kind, String name, byte[] bytes) {
    static Input file(Path file, Path root) {
      return new Input(file, root, Kind.FILE, file.toString(), null);
    }

    static Input missing(Path path) {
      return new Input(path, null, Kind.MISSING, path.toString(), null);
    }

    /** The file's folder relative to its root: empty for a file named itself. */
    Path folder() {
      Path parent = root == null ? null : root.relativize(file).getParent();
      return parent == null ? Path.of("") : parent;
    }
  }

  /**
   * What a command line names: the brief files, each once; one message per file or folder below a
   * named folder that could not be read and was skipped; one per link that leads back into a folder
   * being walked, which skips nothing; and whether an exclude left anything out.
   */
  record Expanded(List<Input> files, List<String> skipped, List<String> loops, boolean excluded) {}

  /**
   * What to expand: the paths on the command line, the paths read from a {@code --files-from} list,
   * and standard input with the name its messages give it.
   */
  record Request(
      List<Path> paths,
      List<Path> listed,
      InputStream stdin,
      String stdinName,
      Excludes excludes) {}

  /**
   * The brief files named, and those found below the folders named (see {@link BriefWalk}), each
   * once. Named explicitly, any file counts; a path that does not exist is an input of its own,
   * which the commands report as a {@code missing-file} diagnostic. A path from a list counts as a
   * file found in a folder does: only a {@code *.yaml} or {@code *.yml} outside hidden folders, so
   * the list of every file a commit changed can be given as it is.
   */
  static Expanded expand(Request request) throws UserException {
    Expansion expansion = new Expansion(request.excludes());
    for (Path path : request.paths()) {
      if (path.toString().equals(STDIN)) {
        if (!expansion.files.containsKey(STDIN)) {
          byte[] bytes = readLimited(request.stdin());
          expansion.files.put(STDIN, new Input(null, null, Kind.STDIN, request.stdinName(), bytes));
        }
      } else {
        expansion.add(path);
      }
    }
    for (Path path : request.listed()) {
      if (Files.isDirectory(path) || isBrief(path) && !BriefWalk.isHidden(belowHere(path))) {
        expansion.add(path);
      }
    }
    return new Expanded(
        List.copyOf(expansion.files.values()),
        List.copyOf(expansion.skipped),
        List.copyOf(expansion.loops),
        expansion.excluded || expansion.walked.stream().anyMatch(BriefWalk::excludedAny));
  }

  /**
   * The part of a listed path that says whether it is in a hidden folder: below the working folder
   * for an absolute path there (a repository may itself sit below a hidden folder), none for one
   * elsewhere.
   */
  private static Path belowHere(Path path) {
    if (!path.isAbsolute()) {
      return path;
    }
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.normalize();
    return absolute.startsWith(here) ? here.relativize(absolute) : Path.of("");
  }

  /** The inputs found so far, each once, and the messages about what was not walked. */
  private static final class Expansion {
    final Map<Object, Input> files = new LinkedHashMap<>();
    final List<String> skipped = new ArrayList<>();
    final List<String> loops = new ArrayList<>();
    final Excludes excludes;
    final List<BriefWalk> walked = new ArrayList<>();
    boolean excluded;

    Expansion(Excludes excludes) {
      this.excludes = excludes;
    }

    void add(Path path) throws UserException {
      if (excludes.excludes(path, null)) {
        excluded = true;
      } else if (Files.isDirectory(path)) {
        Path root = path.normalize();
        try {
          BriefWalk walk = BriefWalk.of(path, excludes);
          walked.add(walk);
          walk.briefs().forEach(file -> files.putIfAbsent(key(file), Input.file(file, root)));
          skipped.addAll(walk.skipped());
          loops.addAll(walk.loops());
        } catch (IOException e) {
          throw new UserException(
              ExitCode.USAGE, path + ": cannot read folder: " + reason(e) + "; check the path");
        }
      } else if (Files.isRegularFile(path)) {
        files.putIfAbsent(key(path), Input.file(path.normalize(), null));
      } else if (Files.exists(path)) {
        throw new UserException(
            ExitCode.USAGE, path + ": not a regular file or folder; name a brief or a folder");
      } else {
        files.putIfAbsent(key(path), Input.missing(path));
      }
    }
  }

  /**
   * The paths a {@code --files-from} list holds, one a line: blank lines are left out, and a line
   * may end in CRLF.
   */
  static List<Path> paths(String list, byte[] bytes) throws UserException {
    List<Path> paths = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
      String path = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (path.isBlank()) {
        continue;
      }
      try {
        paths.add(Path.of(path));
      } catch (InvalidPathException e) {
        throw new UserException(
            ExitCode.USAGE, list + ": '" + path + "' is not a path: " + e.getReason());
      }
    }
    return paths;
  }

  /** A list read whole from standard input. */
  static byte[] readAll(InputStream stdin) throws UserException {
    try {
      return stdin.readAllBytes();
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE, "cannot read standard input: " + reason(e));
    }
  }

  /** What makes two spellings of one file one input: its real path (links followed), if known. */
  private static Path key(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  static boolean isBrief(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Standard input up to one byte past the size limit: a stream that goes on for ever (or for
   * gigabytes) is refused as soon as it passes the limit, never read whole.
   */
  private static byte[] readLimited(InputStream stdin) throws UserException {
    try {
      return stdin.readNBytes(Engine.MAX_INPUT_BYTES + 1);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE, "cannot read standard input: " + reason(e));
    }
  }

  static byte[] read(Path file) throws UserException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE, file + ": cannot read: " + reason(e));
    }
  }

  static long size(Path file) throws UserException {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE, file + ": cannot read: " + reason(e));
    }
  }

  /**
   * Why a path that does not exist, as far as Java can tell, was named: no such file, or a link
   * that cannot be followed (see {@link #brokenLink}).
   */
  static String whyMissing(Path path) {
    return Files.isSymbolicLink(path) ? brokenLink(path) : "no such file or folder";
  }

  /**
   * Why a link cannot be followed, in a user's words: it leads to nothing, or round a loop of links
   * (the system's "too many levels of symbolic links"), or its way cannot be read.
   */
  static String brokenLink(Path link) {
    try {
      link.toRealPath();
      return "a link that cannot be followed";
    } catch (NoSuchFileException e) {
      return "a link to nothing";
    } catch (IOException e) {
      String reason = reason(e);
      return reason.contains("levels of symbolic links")
          ? "a link that loops"
          : "a link that cannot be followed: " + reason;
    }
  }

  /** An I/O failure in a user's words, without Java's exception names. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
