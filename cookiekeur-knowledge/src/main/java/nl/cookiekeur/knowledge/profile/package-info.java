/** The curated catalogue of tool profiles, read from JSON and checked against the beslisboom on load. */
@NullMarked
package nl.cookiekeur.knowledge.profile;

import org.jspecify.annotations.NullMarked;
