/** Tests of the tool profile types. */
@NullMarked
package nl.cookiekeur.profile;

import org.jspecify.annotations.NullMarked;
