package dev.brief.read;

/**
 * What kind of file the reader reads, so that its messages speak of that file: the reader is shared
 * by briefs and themes, and "a brief should be a few kilobytes" misleads someone fixing a theme.
 */
public enum FileKind {
  BRIEF("brief", "start from 'brief new'"),
  THEME("theme", "start from the theme.yaml that 'brief templates export DIR' writes"),
  CONFIG("configuration", "see 'Configuration' in the README");

  private final String noun;
  private final String starter;

  FileKind(String noun, String starter) {
    this.noun = noun;
    this.starter = starter;
  }

  /** The file's kind as a message names it: "brief", "theme". */
  public String noun() {
    return noun;
  }

  /** What to do with a file that holds nothing: where a good first version comes from. */
  String starter() {
    return starter;
  }
}
