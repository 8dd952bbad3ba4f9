/**
 * Reports of a validate or render run: per-file results and their summary written in one of the
 * formats that {@link dev.brief.report.Reports} names. Pure: writes to the writer it is given and
 * touches nothing else.
 */
package dev.brief.report;
