/** Cookiekeur consent platform (banner script and consent ledger server). */
@NullMarked
package nl.cookiekeur.ledger;

import org.jspecify.annotations.NullMarked;
