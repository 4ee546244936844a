/** The command line: picocli commands, output formats and exit codes. */
@NullMarked
package nl.cookiekeur.cli;

import org.jspecify.annotations.NullMarked;
