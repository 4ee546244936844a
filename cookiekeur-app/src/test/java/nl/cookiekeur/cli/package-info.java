/** Tests of the command line, run in-process. */
@NullMarked
package nl.cookiekeur.cli;

import org.jspecify.annotations.NullMarked;
