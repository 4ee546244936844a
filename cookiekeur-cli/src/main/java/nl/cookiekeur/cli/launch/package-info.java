/**
 * Starting the command line: the root command with its subcommands, the factory that hands them their
 * collaborators, and the handlers that turn bad options and failures into one line and an exit code. Kept apart
 * from the shared pieces in {@code nl.cookiekeur.cli} so that the subcommand packages depend on those and this
 * package depends on them, never in a circle.
 */
@NullMarked
package nl.cookiekeur.cli.launch;

import org.jspecify.annotations.NullMarked;
