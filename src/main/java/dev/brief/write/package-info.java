/**
 * Output formats behind one {@link dev.brief.write.Writer} interface, found by name in {@link
 * dev.brief.write.Writers}: each format is a package of its own ({@code md}, {@code html}, {@code
 * pdf}) that turns a composed, laid-out memo into bytes.
 */
package dev.brief.write;
