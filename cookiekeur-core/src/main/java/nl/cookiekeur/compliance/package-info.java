/**
 * The rule catalogue: pure functions from scan evidence, classification and the legal model to findings,
 * per-item advice and the comparison of what a site declares with what it does.
 */
@NullMarked
package nl.cookiekeur.compliance;

import org.jspecify.annotations.NullMarked;
