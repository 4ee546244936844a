/** The {@code knowledge} commands: look up a cookie, list the knowledge sources and show figures. */
@NullMarked
package nl.cookiekeur.cli.knowledge;

import org.jspecify.annotations.NullMarked;
