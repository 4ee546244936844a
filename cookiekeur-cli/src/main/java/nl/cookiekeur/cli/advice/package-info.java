/** The {@code advies} command: the beslisboom as a wizard, by given answers, per tool, or as a whole. */
@NullMarked
package nl.cookiekeur.cli.advice;

import org.jspecify.annotations.NullMarked;
