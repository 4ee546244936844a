package nl.cookiekeur.web.sites;

import nl.cookiekeur.history.StoredScan;
import org.jspecify.annotations.Nullable;

/**
 * A site of the portfolio with its latest scan.
 *
 * @param site the site
 * @param last the latest scan in the history, or {@code null} when it was never scanned
 */
public record PortfolioRow(SiteRow site, @Nullable StoredScan last) {

    /** Whether the site was scanned. */
    public boolean scanned() {
        return last != null;
    }

    /** The worst severity's code of the latest scan ({@code kritiek} … {@code info}, {@code geen}), or empty. */
    public String worst() {
        return last == null ? "" : last.worst();
    }

    /** Findings of the latest scan, or 0. */
    public int findings() {
        return last == null ? 0 : last.findings();
    }

    /** The date of the latest scan (UTC, ISO), or empty. */
    public String lastScan() {
        return last == null ? "" : last.scannedAt().toString().substring(0, 10);
    }

    /** A sort key: the most serious first, unscanned sites last. */
    int seriousness() {
        return seriousness(worst());
    }

    /** The sort key of a severity code; unknown codes and "not scanned" last. */
    static int seriousness(String worst) {
        return switch (worst) {
            case "kritiek" -> 0;
            case "hoog" -> 1;
            case "middel" -> 2;
            case "laag" -> 3;
            case "info" -> 4;
            case "geen" -> 5;
            default -> 6;
        };
    }
}
