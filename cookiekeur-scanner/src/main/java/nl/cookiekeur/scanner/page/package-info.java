/**
 * Page-side instruments: one init script that records fingerprinting, script-written cookies, storage and
 * consent signals with the calling script, and the Java collector that reads it back from every frame.
 */
@NullMarked
package nl.cookiekeur.scanner.page;

import org.jspecify.annotations.NullMarked;
