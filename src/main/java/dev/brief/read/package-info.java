/**
 * YAML text to a node tree that remembers the line and column of every key and value; the only
 * SnakeYAML user.
 */
package dev.brief.read;
