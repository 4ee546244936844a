/** Tests of the {@code advies} command, run in-process with the real beslisboom and tool catalogue. */
@NullMarked
package nl.cookiekeur.cli.advice;

import org.jspecify.annotations.NullMarked;
