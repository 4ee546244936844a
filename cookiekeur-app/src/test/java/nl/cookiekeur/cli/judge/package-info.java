/** Tests of the {@code knowledge} commands, run in-process against the shipped knowledge. */
@NullMarked
package nl.cookiekeur.cli.judge;

import org.jspecify.annotations.NullMarked;
