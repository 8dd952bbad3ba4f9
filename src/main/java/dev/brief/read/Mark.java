package dev.brief.read;

/** A place in a file, 1-based as editors count (SnakeYAML's own marks are 0-based). */
public record Mark(int line, int column) {}
