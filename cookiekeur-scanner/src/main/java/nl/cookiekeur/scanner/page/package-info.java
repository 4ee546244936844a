/** PLACEHOLDER on branch scanner until branch instruments lands. */
@NullMarked
package nl.cookiekeur.scanner.page;

import org.jspecify.annotations.NullMarked;
