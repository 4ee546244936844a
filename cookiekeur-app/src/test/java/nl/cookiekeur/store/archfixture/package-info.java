/** Architecture and end-to-end tests of the assembled application. */
@NullMarked
package nl.cookiekeur.store.archfixture;

import org.jspecify.annotations.NullMarked;
