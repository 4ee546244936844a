/**
 * The HTML reports: a small writer whose only way to emit site data is escaped, the self-contained
 * {@code report.html} with inline SVG charts and embedded screenshots, and the draft cookie statement.
 */
@NullMarked
package nl.cookiekeur.reporting.html;

import org.jspecify.annotations.NullMarked;
