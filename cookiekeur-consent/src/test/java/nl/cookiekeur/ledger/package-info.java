@NullMarked
package nl.cookiekeur.ledger;

import org.jspecify.annotations.NullMarked;
