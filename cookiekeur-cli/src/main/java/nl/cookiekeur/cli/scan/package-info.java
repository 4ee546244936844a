/** The {@code scan} command: visit a site in a browser, phase by phase, and write the evidence. */
@NullMarked
package nl.cookiekeur.cli.scan;

import org.jspecify.annotations.NullMarked;
