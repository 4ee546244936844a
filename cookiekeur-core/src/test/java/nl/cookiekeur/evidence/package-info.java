/** Test data for evidence: a builder that other modules' tests can reuse through the core test jar. */
@NullMarked
package nl.cookiekeur.evidence;

import org.jspecify.annotations.NullMarked;
