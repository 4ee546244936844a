package nl.cookiekeur.web.sites;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanHistoryOpener;
import nl.cookiekeur.history.StoredScan;
import org.jspecify.annotations.Nullable;

/**
 * Loads the portfolio in bulk, whatever the number of sites: the sites, the recent scans of every site, the
 * third parties of the latest scans and their consent platforms — four queries, never one per site.
 */
public final class Portfolio {
    /** How many scans a site's trend shows. */
    static final int TREND = 8;

    private final SiteStore sites;
    private final ScanHistoryOpener history;
    private final @Nullable String databaseUrl;
    private final ScanPlatforms platforms;

    public Portfolio(
            SiteStore sites, ScanHistoryOpener history, @Nullable String databaseUrl, ScanPlatforms platforms) {
        this.sites = sites;
        this.history = history;
        this.databaseUrl = databaseUrl;
        this.platforms = platforms;
    }

    /** Every site with its recent scans, platform and third parties, by host. */
    public List<PortfolioRow> rows() {
        List<SiteRow> all = sites.all();
        Map<String, List<StoredScan>> recent = new HashMap<>();
        Map<Long, List<HistoryItem>> trackers;
        try (ScanHistory scans = history.open(databaseUrl)) {
            for (StoredScan scan : scans.recentPerSite(TREND)) {
                recent.computeIfAbsent(scan.site(), site -> new ArrayList<>()).add(scan);
            }
            List<Long> latest = all.stream()
                    .map(site -> recent.getOrDefault(site.host(), List.of()))
                    .filter(list -> !list.isEmpty())
                    .map(list -> list.getFirst().number())
                    .toList();
            trackers = scans.items(latest, "tracker");
        }
        List<StoredScan> latestScans = all.stream()
                .map(site -> recent.getOrDefault(site.host(), List.of()))
                .filter(list -> !list.isEmpty())
                .map(List::getFirst)
                .toList();
        Map<Long, String> cmps = platforms.of(latestScans);
        List<PortfolioRow> rows = new ArrayList<>();
        for (SiteRow site : all) {
            List<StoredScan> scans = recent.getOrDefault(site.host(), List.of());
            if (scans.isEmpty()) {
                rows.add(new PortfolioRow(site, scans, "", List.of()));
                continue;
            }
            long number = scans.getFirst().number();
            TreeSet<String> vendors = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            trackers.getOrDefault(number, List.of()).forEach(item -> vendors.add(vendor(item)));
            rows.add(new PortfolioRow(site, scans, cmps.getOrDefault(number, ""), List.copyOf(vendors)));
        }
        return rows;
    }

    /** A tracker's vendor from its label ({@code category · vendor}), else its host. */
    static String vendor(HistoryItem tracker) {
        int dot = tracker.label().indexOf(" · ");
        return dot < 0 ? tracker.key() : tracker.label().substring(dot + 3).strip();
    }
}
