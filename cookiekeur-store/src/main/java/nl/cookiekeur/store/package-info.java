/** Cookiekeur storage (embedded H2 by default, PostgreSQL by URL) and scan history. */
@NullMarked
package nl.cookiekeur.store;

import org.jspecify.annotations.NullMarked;
