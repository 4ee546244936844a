/** Tests of classification values and the mapping to advice. */
@NullMarked
package nl.cookiekeur.classification;

import org.jspecify.annotations.NullMarked;
