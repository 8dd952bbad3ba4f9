package dev.brief.cli;

import dev.brief.engine.Engine;
import picocli.CommandLine.IVersionProvider;

/** {@code brief --version}: the engine's version and the commit its jar was built from. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"brief " + Engine.version() + " (commit " + Engine.commit() + ")"};
  }
}
