/** Launching Chromium for a scan: a fresh profile per phase with third-party cookies allowed, automation masked, hostile pages kept in bounds. */
@NullMarked
package nl.cookiekeur.scanner.browser;

import org.jspecify.annotations.NullMarked;
