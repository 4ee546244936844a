/** Fast matching of cookie names and request hosts against loaded knowledge, with domain and vendor evidence. */
@NullMarked
package nl.cookiekeur.knowledge.matching;

import org.jspecify.annotations.NullMarked;
