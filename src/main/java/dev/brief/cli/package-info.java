/**
 * The command line: picocli commands, file and stream IO, exit codes. The only package that touches
 * the outside world; every other stage is a pure function it calls.
 */
package dev.brief.cli;
