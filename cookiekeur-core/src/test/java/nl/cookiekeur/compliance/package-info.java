@NullMarked
package nl.cookiekeur.compliance;

import org.jspecify.annotations.NullMarked;
