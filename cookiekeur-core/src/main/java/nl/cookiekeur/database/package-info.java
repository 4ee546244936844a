/**
 * The relational database as the adapters that store in it see it: a port ({@link RelationalDatabase}) that the
 * store module implements and the app hands to the scan history and the consent ledger, so neither imports the
 * other's adapter.
 */
@NullMarked
package nl.cookiekeur.database;

import org.jspecify.annotations.NullMarked;
