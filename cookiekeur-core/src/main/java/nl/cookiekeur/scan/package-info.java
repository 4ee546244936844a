/** The port through which a site is scanned, and the options and progress of a scan. */
@NullMarked
package nl.cookiekeur.scan;

import org.jspecify.annotations.NullMarked;
