/** The evidence archive: versioned NDJSON files, one per record type, written atomically and read back. */
@NullMarked
package nl.cookiekeur.scanner.archive;

import org.jspecify.annotations.NullMarked;
