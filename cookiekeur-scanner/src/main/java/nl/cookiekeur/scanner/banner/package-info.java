/** PLACEHOLDER on branch scanner until branch banner lands. */
@NullMarked
package nl.cookiekeur.scanner.banner;

import org.jspecify.annotations.NullMarked;
