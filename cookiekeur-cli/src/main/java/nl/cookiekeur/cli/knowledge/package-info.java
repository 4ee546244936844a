/** The {@code knowledge} commands: look up a cookie, list the sources, show figures, classify observed cookies. */
@NullMarked
package nl.cookiekeur.cli.knowledge;

import org.jspecify.annotations.NullMarked;
