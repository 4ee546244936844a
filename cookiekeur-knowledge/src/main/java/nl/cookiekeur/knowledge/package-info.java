/** Knowledge about cookies, storage keys, trackers and tools, loaded from shipped data. */
@NullMarked
package nl.cookiekeur.knowledge;

import org.jspecify.annotations.NullMarked;
