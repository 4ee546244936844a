/**
 * Site facts: what the site owner declares about a tool that a scan cannot see (IP masking, data sharing, a
 * processor agreement, user ids), an input of the assessment; see {@code docs/site-facts.md}.
 */
@NullMarked
package nl.cookiekeur.facts;

import org.jspecify.annotations.NullMarked;
