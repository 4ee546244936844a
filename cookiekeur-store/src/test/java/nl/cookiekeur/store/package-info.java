@NullMarked
package nl.cookiekeur.store;

import org.jspecify.annotations.NullMarked;
