package nl.cookiekeur.ledger;

import java.util.SortedMap;

/**
 * A validated choice as it arrived, before the writer gives it a place in the chain.
 *
 * @param siteId the site
 * @param consentId the pseudonymous id the banner keeps in its cookie
 * @param configVersion the configuration version the visitor was shown
 * @param shownHash the hash of exactly what was shown (texts of the language and the controls)
 * @param language the language shown
 * @param action what the visitor did
 * @param choices every purpose of the configuration with its outcome (necessary purposes always true)
 * @param gpc whether the browser sent Global Privacy Control
 * @param userAgentFamily the browser family only, never the full user agent
 */
record ChoiceDraft(
        String siteId,
        String consentId,
        String configVersion,
        String shownHash,
        String language,
        ConsentAction action,
        SortedMap<String, Boolean> choices,
        boolean gpc,
        String userAgentFamily) {}
