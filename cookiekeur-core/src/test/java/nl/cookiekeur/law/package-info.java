/** Tests of the beslisboom. */
@NullMarked
package nl.cookiekeur.law;

import org.jspecify.annotations.NullMarked;
