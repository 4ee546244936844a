/**
 * The site's own cookie and privacy statements: finding the links to them on the start page (main frame,
 * shadow roots and frames, so also inside the consent banner) and reading their visible text and table rows
 * in a tab of the same browser profile.
 */
@NullMarked
package nl.cookiekeur.scanner.statement;

import org.jspecify.annotations.NullMarked;
