package nl.cookiekeur.monitoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanDifference;
import nl.cookiekeur.history.ScanSnapshot;
import org.jspecify.annotations.Nullable;

/** Compares a rescan with the scan before it, with the history's {@link ScanDifference}. */
public final class SiteChanges {
    private SiteChanges() {}

    /**
     * The new and gone items, and the findings still open; everything is new when there is no previous scan.
     */
    public static List<SiteChange> between(@Nullable ScanSnapshot previous, ScanSnapshot latest) {
        List<SiteChange> changes = new ArrayList<>();
        if (previous == null) {
            latest.items().forEach(i -> changes.add(new SiteChange(i, ChangeStatus.NEW)));
            return changes;
        }
        ScanDifference difference = ScanDifference.between(previous, latest);
        difference.added().forEach(i -> changes.add(new SiteChange(i, ChangeStatus.NEW)));
        difference.removed().forEach(i -> changes.add(new SiteChange(i, ChangeStatus.GONE)));
        Set<String> added = new HashSet<>();
        difference.added().forEach(i -> added.add(key(i)));
        for (HistoryItem item : latest.items()) {
            if (item.kind().equals("finding") && !added.contains(key(item))) {
                changes.add(new SiteChange(item, ChangeStatus.STILL_OPEN));
            }
        }
        return changes;
    }

    private static String key(HistoryItem item) {
        return item.kind() + "\u0000" + item.key();
    }
}
