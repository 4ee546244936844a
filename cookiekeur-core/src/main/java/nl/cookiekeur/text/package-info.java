/** Languages of user-facing texts. */
@NullMarked
package nl.cookiekeur.text;

import org.jspecify.annotations.NullMarked;
