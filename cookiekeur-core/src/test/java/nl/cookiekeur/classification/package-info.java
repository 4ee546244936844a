@NullMarked
package nl.cookiekeur.classification;

import org.jspecify.annotations.NullMarked;
