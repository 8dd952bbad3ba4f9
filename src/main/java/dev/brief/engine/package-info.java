/**
 * The public core: {@link dev.brief.engine.Engine} joins every stage (read, validate, bind,
 * compose, layout, write) for any front end (the command line, parallel runs, a preview server,
 * other JVM code). No file IO, no clock, nothing printed.
 */
package dev.brief.engine;
