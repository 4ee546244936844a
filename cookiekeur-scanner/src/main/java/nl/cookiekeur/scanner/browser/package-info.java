/** Launching Chromium for a scan: fresh isolated state per phase (a context of one browser, or a browser) with third-party cookies allowed, automation masked, hostile pages kept in bounds. */
@NullMarked
package nl.cookiekeur.scanner.browser;

import org.jspecify.annotations.NullMarked;
