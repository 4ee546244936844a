/** Composition root: wires the adapters to the core and starts the command line. */
@NullMarked
package nl.cookiekeur.app;

import org.jspecify.annotations.NullMarked;
