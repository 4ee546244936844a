package nl.cookiekeur.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The port that keeps judged scans so they can be listed and compared later. */
public interface ScanHistory extends AutoCloseable {

    /** Stores a judged scan and returns it with its number. */
    StoredScan save(ScanSnapshot snapshot) throws HistoryException;

    /** The stored scans, newest first, optionally only those of one site (host), at most {@code limit}. */
    List<StoredScan> list(@Nullable String site, int limit) throws HistoryException;

    /** The stored scan with this number and what it found, when there is one. */
    Optional<ScanSnapshot> find(long number) throws HistoryException;

    /**
     * The newest scans of every site, at most {@code perSite} of each, grouped by site and newest first within a
     * site: what an overview of many sites needs in one call (a store answers it with one query).
     */
    default List<StoredScan> recentPerSite(int perSite) throws HistoryException {
        Map<String, List<StoredScan>> bySite = new LinkedHashMap<>();
        for (StoredScan scan : list(null, Integer.MAX_VALUE)) {
            List<StoredScan> scans = bySite.computeIfAbsent(scan.site(), site -> new ArrayList<>());
            if (scans.size() < perSite) {
                scans.add(scan);
            }
        }
        return bySite.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The items of one kind ({@code cookie}, {@code tracker}, {@code finding}) of these scans, by scan number: what
     * an overview of many sites needs in one call (a store answers it with one query per 500 numbers).
     */
    default Map<Long, List<HistoryItem>> items(Collection<Long> numbers, String kind) throws HistoryException {
        Map<Long, List<HistoryItem>> items = new HashMap<>();
        for (long number : numbers) {
            find(number)
                    .ifPresent(snapshot -> items.put(
                            number,
                            snapshot.items().stream()
                                    .filter(item -> item.kind().equals(kind))
                                    .toList()));
        }
        return items;
    }

    @Override
    void close();
}
