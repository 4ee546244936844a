/** The scan history in the database: judged scans and what each found. */
@NullMarked
package nl.cookiekeur.store.history;

import org.jspecify.annotations.NullMarked;
