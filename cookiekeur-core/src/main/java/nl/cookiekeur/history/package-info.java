/** The port that keeps past scans so they can be listed and compared. */
@NullMarked
package nl.cookiekeur.history;

import org.jspecify.annotations.NullMarked;
