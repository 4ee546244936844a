/** Cookiekeur scanner (Playwright + Chromium) and evidence archive. */
@NullMarked
package nl.cookiekeur.scanner;

import org.jspecify.annotations.NullMarked;
