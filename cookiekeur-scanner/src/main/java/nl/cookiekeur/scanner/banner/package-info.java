/**
 * Finding, describing and operating consent banners: the autoconsent and Consent-O-Matic rules, a generic detector
 * for unknown banners, and the accept, reject and withdraw choices.
 */
@NullMarked
package nl.cookiekeur.scanner.banner;

import org.jspecify.annotations.NullMarked;
