package nl.cookiekeur.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A scan as the history lists it.
 *
 * @param number the history's number for it, from 1
 * @param site the scanned host
 * @param startUrl the start URL
 * @param scannedAt when the scan started
 * @param worst the worst finding's severity code ({@code kritiek} … {@code info}), or {@code geen}
 * @param findings the number of findings
 * @param cookies the number of distinct cookies observed
 * @param trackers the number of distinct third-party hosts contacted
 * @param evidenceFolder where the evidence is kept
 * @param reportFolder where the reports were written
 * @param rulesVersion the rule catalogue version that judged it
 */
public record StoredScan(
        long number,
        String site,
        String startUrl,
        Instant scannedAt,
        String worst,
        int findings,
        int cookies,
        int trackers,
        String evidenceFolder,
        String reportFolder,
        String rulesVersion) {

    public StoredScan {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(startUrl, "startUrl");
        Objects.requireNonNull(scannedAt, "scannedAt");
        Objects.requireNonNull(worst, "worst");
        Objects.requireNonNull(evidenceFolder, "evidenceFolder");
        Objects.requireNonNull(reportFolder, "reportFolder");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
    }
}
