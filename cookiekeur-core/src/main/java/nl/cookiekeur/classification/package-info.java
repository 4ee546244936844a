/** What cookies, storage keys and request hosts are for: categories, knowledge entries and the knowledge port. */
@NullMarked
package nl.cookiekeur.classification;

import org.jspecify.annotations.NullMarked;
