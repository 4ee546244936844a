/**
 * The consent platform as the command line sees it: the ledger that proves every consent choice (publish a
 * site configuration, export, verify the hash chain, purge by retention) and the server that records
 * choices. The implementations live in the consent module; the application wires them.
 */
@NullMarked
package nl.cookiekeur.consent;

import org.jspecify.annotations.NullMarked;
