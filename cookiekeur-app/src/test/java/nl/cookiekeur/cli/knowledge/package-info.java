/** Tests of the {@code knowledge} commands, run in-process against the shipped knowledge. */
@NullMarked
package nl.cookiekeur.cli.knowledge;

import org.jspecify.annotations.NullMarked;
