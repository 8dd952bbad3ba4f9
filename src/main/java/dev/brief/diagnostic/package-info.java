/** Problems found in a user's files, as data: every stage reports through these types. */
package dev.brief.diagnostic;
