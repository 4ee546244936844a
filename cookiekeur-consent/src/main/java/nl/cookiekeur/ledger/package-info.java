/**
 * The consent ledger: site configurations archived by content hash, an append-only hash chain of consent
 * records per site written by a group-commit writer, export, verification and purge, and the HTTP server
 * the banner talks to.
 */
@NullMarked
package nl.cookiekeur.ledger;

import org.jspecify.annotations.NullMarked;
