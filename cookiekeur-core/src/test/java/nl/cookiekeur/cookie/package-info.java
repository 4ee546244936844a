@NullMarked
package nl.cookiekeur.cookie;

import org.jspecify.annotations.NullMarked;
