/** The commands that list past scans and compare two of them. */
@NullMarked
package nl.cookiekeur.cli.history;

import org.jspecify.annotations.NullMarked;
