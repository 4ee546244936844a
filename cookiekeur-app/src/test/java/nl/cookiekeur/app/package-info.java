/** Architecture and end-to-end tests of the assembled application. */
@NullMarked
package nl.cookiekeur.app;

import org.jspecify.annotations.NullMarked;
