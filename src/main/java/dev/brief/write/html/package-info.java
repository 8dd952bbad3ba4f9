/** The HTML format: one standalone page styled from the theme; the only HTML renderer user. */
package dev.brief.write.html;
