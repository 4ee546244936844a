package nl.cookiekeur.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanHistoryOpener;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.store.history.JdbcScanHistory;
import org.jspecify.annotations.Nullable;

/** The real scan history, counting the calls a page makes to it (to catch one query per site). */
final class CountingHistory implements ScanHistoryOpener {
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public ScanHistory open(@Nullable String jdbcUrl) {
        JdbcScanHistory real = JdbcScanHistory.open(jdbcUrl);
        return new ScanHistory() {
            @Override
            public StoredScan save(ScanSnapshot snapshot) {
                count("save");
                return real.save(snapshot);
            }

            @Override
            public List<StoredScan> list(@Nullable String site, int limit) {
                count("list");
                return real.list(site, limit);
            }

            @Override
            public Optional<ScanSnapshot> find(long number) {
                count("find");
                return real.find(number);
            }

            @Override
            public List<StoredScan> recentPerSite(int perSite) {
                count("recentPerSite");
                return real.recentPerSite(perSite);
            }

            @Override
            public Map<Long, List<HistoryItem>> items(Collection<Long> numbers, String kind) {
                count("items");
                return real.items(numbers, kind);
            }

            @Override
            public void close() {
                real.close();
            }
        };
    }

    /** How often each method was called since the last reset. */
    Map<String, Integer> calls() {
        Map<String, Integer> counted = new java.util.TreeMap<>();
        calls.forEach((name, count) -> counted.put(name, count.get()));
        return counted;
    }

    void reset() {
        calls.clear();
    }

    private void count(String method) {
        calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
    }
}
