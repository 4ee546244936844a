/** The machine-readable {@code report.json}, following {@code docs/report-schema.json}. */
@NullMarked
package nl.cookiekeur.reporting.json;

import org.jspecify.annotations.NullMarked;
