/** The port that writes an assessment as reports a website owner can read and forward. */
@NullMarked
package nl.cookiekeur.report;

import org.jspecify.annotations.NullMarked;
