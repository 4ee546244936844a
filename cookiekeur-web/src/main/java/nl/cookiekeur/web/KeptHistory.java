package nl.cookiekeur.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import org.jspecify.annotations.Nullable;

/**
 * The scan history the app opened once when it started, handed to a page as if newly opened: closing it does
 * nothing, so a page view costs its queries, not opening the database and checking its migrations.
 */
final class KeptHistory implements ScanHistory {
    private final ScanHistory history;

    KeptHistory(ScanHistory history) {
        this.history = history;
    }

    @Override
    public StoredScan save(ScanSnapshot snapshot) {
        return history.save(snapshot);
    }

    @Override
    public List<StoredScan> list(@Nullable String site, int limit) {
        return history.list(site, limit);
    }

    @Override
    public Optional<ScanSnapshot> find(long number) {
        return history.find(number);
    }

    @Override
    public List<StoredScan> recentPerSite(int perSite) {
        return history.recentPerSite(perSite);
    }

    @Override
    public Map<Long, List<HistoryItem>> items(Collection<Long> numbers, String kind) {
        return history.items(numbers, kind);
    }

    @Override
    public void close() {
        // the app closes the history when it stops
    }
}
