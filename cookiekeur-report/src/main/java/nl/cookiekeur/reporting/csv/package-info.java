/** {@code cookies.csv}: every observed cookie per phase as RFC 4180 CSV. */
@NullMarked
package nl.cookiekeur.reporting.csv;

import org.jspecify.annotations.NullMarked;
