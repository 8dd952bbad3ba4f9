package dev.brief.cli;

import dev.brief.diagnostic.BriefException;
import dev.brief.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a {@code --theme} file, and the font files it names, into an engine's builder. */
final class ThemeFiles {
  private ThemeFiles() {}

  /**
   * Gives {@code builder} the theme and its fonts. A theme over the size limit is refused unread;
   * fonts the theme names by path are read relative to the theme's folder, and one that is not
   * there is left out, for the engine to report at its line in the theme.
   */
  static void read(Engine.Builder builder, Path theme) throws UserException, BriefException {
    read(builder, theme, theme.toString());
  }

  /** As {@link #read(Engine.Builder, Path)}, with the theme shown as {@code name} in messages. */
  static void read(Engine.Builder builder, Path theme, String name)
      throws UserException, BriefException {
    var tooLarge = Engine.themeTooLarge(name, Inputs.size(theme));
    if (tooLarge.isPresent()) {
      throw tooLarge.get();
    }
    byte[] bytes = Inputs.read(theme);
    builder.theme(name, bytes);
    Path folder = theme.toAbsolutePath().getParent();
    for (String font : Engine.themeFontFiles(name, bytes)) {
      Path file = folder.resolve(font);
      if (Files.isRegularFile(file)) {
        builder.fontFile(font, Inputs.read(file));
      }
    }
  }
}
