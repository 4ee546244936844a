package nl.cookiekeur.monitoring;

import java.util.List;
import java.util.Objects;
import nl.cookiekeur.history.StoredScan;
import org.jspecify.annotations.Nullable;

/**
 * A completed rescan: the scan as stored in the history, the one it was compared with, and what changed.
 *
 * @param scan the new scan
 * @param previous the site's scan before it, or {@code null} for its first
 * @param changes the comparison
 */
public record RescanOutcome(StoredScan scan, @Nullable StoredScan previous, List<SiteChange> changes) {

    public RescanOutcome {
        Objects.requireNonNull(scan, "scan");
        changes = List.copyOf(changes);
    }

    /** The changes the owner is alerted to. */
    public List<SiteChange> alerting() {
        return changes.stream().filter(SiteChange::alerting).toList();
    }
}
