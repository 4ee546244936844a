package nl.cookiekeur.history;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between an older and a newer scan of a site.
 *
 * @param older the older scan
 * @param newer the newer scan
 * @param added the items the newer scan found that the older did not
 * @param removed the items the older scan found that the newer did not
 */
public record ScanDifference(StoredScan older, StoredScan newer, List<HistoryItem> added, List<HistoryItem> removed) {

    public ScanDifference {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** Compares two snapshots by item kind and key; the first argument is taken as the older one. */
    public static ScanDifference between(ScanSnapshot older, ScanSnapshot newer) {
        return new ScanDifference(older.scan(), newer.scan(), missingFrom(older, newer), missingFrom(newer, older));
    }

    /** The added or removed items of one kind. */
    public List<HistoryItem> added(String kind) {
        return added.stream().filter(i -> i.kind().equals(kind)).toList();
    }

    /** The removed items of one kind. */
    public List<HistoryItem> removed(String kind) {
        return removed.stream().filter(i -> i.kind().equals(kind)).toList();
    }

    /** Whether nothing changed. */
    public boolean unchanged() {
        return added.isEmpty() && removed.isEmpty();
    }

    private static List<HistoryItem> missingFrom(ScanSnapshot reference, ScanSnapshot source) {
        Set<String> known = reference.items().stream()
                .map(i -> i.kind() + "\u0000" + i.key())
                .collect(Collectors.toSet());
        return source.items().stream()
                .filter(i -> !known.contains(i.kind() + "\u0000" + i.key()))
                .toList();
    }
}
