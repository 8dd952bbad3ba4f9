/**
 * Problems found in a user's files, as data, and the closed catalogue of rules they break: every
 * stage reports through these types.
 */
package dev.brief.diagnostic;
