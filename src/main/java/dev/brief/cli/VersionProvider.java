package dev.brief.cli;

import dev.brief.engine.Engine;
import picocli.CommandLine.IVersionProvider;

/** {@code brief --version}: the engine's version, as its jar was built. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"brief " + Engine.version()};
  }
}
