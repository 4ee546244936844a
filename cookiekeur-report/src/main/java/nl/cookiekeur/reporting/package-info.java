/** Cookiekeur reports (HTML, JSON, Markdown, cookie statement, CSV). */
@NullMarked
package nl.cookiekeur.reporting;

import org.jspecify.annotations.NullMarked;
