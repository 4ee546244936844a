/**
 * Scans started from the web app: the target check against private addresses (after DNS and on every redirect),
 * the running scans with their live progress, and the scan services the app hands in.
 */
@NullMarked
package nl.cookiekeur.web.scan;

import org.jspecify.annotations.NullMarked;
