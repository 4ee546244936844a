/** Observations of cookies and storage keys as a browser recorded them. */
@NullMarked
package nl.cookiekeur.cookie;

import org.jspecify.annotations.NullMarked;
