@NullMarked
package nl.cookiekeur.cli.knowledge;

import org.jspecify.annotations.NullMarked;
