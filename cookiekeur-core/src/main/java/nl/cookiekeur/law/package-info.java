/** The Dutch cookie decision tree (beslisboom): questions, advices and their legal sources. */
@NullMarked
package nl.cookiekeur.law;

import org.jspecify.annotations.NullMarked;
