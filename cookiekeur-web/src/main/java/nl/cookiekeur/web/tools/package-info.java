/** The tool profiles: search, browse and one profile with its advice, conditions and sources. */
@NullMarked
package nl.cookiekeur.web.tools;

import org.jspecify.annotations.NullMarked;
