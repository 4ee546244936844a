package nl.cookiekeur.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The facts about a scan as a whole.
 *
 * @param evidenceVersion the evidence format version, see {@link ScanEvidence#FORMAT_VERSION}
 * @param startUrl the URL the scan started from
 * @param startedAt when it started
 * @param finishedAt when it finished
 * @param cookiekeurVersion the version of Cookiekeur that scanned
 * @param browser the browser's name and version
 * @param userAgent the user agent the browser sent
 * @param viewport the viewport, such as {@code 1366x768} or {@code 390x844 mobile}
 * @param phases the phases that were run, in order
 * @param pagesPerPhase the maximum number of pages visited per phase
 */
public record ScanInfo(
        int evidenceVersion,
        String startUrl,
        Instant startedAt,
        Instant finishedAt,
        String cookiekeurVersion,
        String browser,
        String userAgent,
        String viewport,
        List<Phase> phases,
        int pagesPerPhase) {

    public ScanInfo {
        Objects.requireNonNull(startUrl, "startUrl");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(cookiekeurVersion, "cookiekeurVersion");
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(viewport, "viewport");
        phases = List.copyOf(phases);
    }
}
