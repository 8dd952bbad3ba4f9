/** The PDF format: the laid-out memo and the theme typeset with OpenPDF; its only user. */
package dev.brief.write.pdf;
