package nl.cookiekeur.web.sites;

import java.util.List;
import nl.cookiekeur.history.StoredScan;
import org.jspecify.annotations.Nullable;

/**
 * A site of the portfolio with its latest scans.
 *
 * @param site the site
 * @param recent its newest scans in the history, newest first (empty when never scanned)
 * @param cmp the consent platform the latest scan recognised, or empty
 * @param vendors the third parties (vendor, else host) the latest scan contacted, sorted
 */
public record PortfolioRow(SiteRow site, List<StoredScan> recent, String cmp, List<String> vendors) {

    public PortfolioRow {
        recent = List.copyOf(recent);
        vendors = List.copyOf(vendors);
    }

    /** The latest scan, or {@code null} when it was never scanned. */
    public @Nullable StoredScan last() {
        return recent.isEmpty() ? null : recent.getFirst();
    }

    /** Whether the site was scanned. */
    public boolean scanned() {
        return !recent.isEmpty();
    }

    /** The worst severity's code of the latest scan ({@code kritiek} … {@code info}, {@code geen}), or empty. */
    public String worst() {
        return recent.isEmpty() ? "" : recent.getFirst().worst();
    }

    /** Findings of the latest scan, or 0. */
    public int findings() {
        return recent.isEmpty() ? 0 : recent.getFirst().findings();
    }

    /** The date of the latest scan (UTC, ISO), or empty. */
    public String lastScan() {
        return recent.isEmpty() ? "" : recent.getFirst().scannedAt().toString().substring(0, 10);
    }

    /** The findings over the recent scans as a small line, oldest first. */
    public Sparkline trend() {
        return Sparkline.of(recent.reversed().stream().map(StoredScan::findings).toList());
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
