/** Architecture and end-to-end tests of the assembled application. */
@NullMarked
package nl.cookiekeur.ledger.archfixture;

import org.jspecify.annotations.NullMarked;
