package nl.cookiekeur.web.scan;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.evidence.EvidenceArchive;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.history.ScanHistoryOpener;
import nl.cookiekeur.report.ReportWriter;
import nl.cookiekeur.scan.SiteScanner;
import org.jspecify.annotations.Nullable;

/**
 * What a scan from the web app needs: the same ports the command line's {@code scan} uses, where the scans are
 * kept, and the browser settings of the installation.
 *
 * @param scanner visits the site in a browser
 * @param archive writes the evidence
 * @param assessor judges the evidence
 * @param reports writes the reports (HTML, JSON, Markdown, CSV, cookie statement)
 * @param history opens the scan history
 * @param folder where each scan gets a folder of its own
 * @param hostRules Chromium host-resolver rules for staging and tests, or {@code null}
 * @param ignoreHttpsErrors whether to accept invalid certificates (staging and tests)
 * @param pages pages per phase
 */
public record ScanServices(
        SiteScanner scanner,
        EvidenceArchive archive,
        BiFunction<ScanEvidence, SiteFacts, Assessment> assessor,
        ReportWriter reports,
        ScanHistoryOpener history,
        Path folder,
        @Nullable String hostRules,
        boolean ignoreHttpsErrors,
        int pages) {

    public ScanServices {
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(folder, "folder");
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be at least 1");
        }
    }
}
