/** The monitoring commands: {@code sites} (add, list, show, remove) and {@code worker}. */
@NullMarked
package nl.cookiekeur.cli.monitor;

import org.jspecify.annotations.NullMarked;
