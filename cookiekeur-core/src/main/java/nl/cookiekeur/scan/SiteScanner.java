package nl.cookiekeur.scan;

import nl.cookiekeur.evidence.ScanEvidence;

/** The port that visits a site as a visitor would and records what happens, phase by phase. */
public interface SiteScanner {

    /**
     * Scans the site; one bad page never ends the scan (it is recorded as a problem).
     *
     * @throws ScanFailedException when the scan cannot be done at all: the start URL does not resolve or
     *     answer, or the browser cannot start
     */
    ScanEvidence scan(ScanRequest request, ScanProgress progress) throws ScanFailedException;
}
