package nl.cookiekeur.monitoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.report.StatementLine;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * A completed rescan: the scan as stored in the history, the one it was compared with, and what changed.
 *
 * @param scan the new scan
 * @param previous the site's scan before it, or {@code null} for its first
 * @param changes the comparison
 * @param statement the scan's cookie statement lines per language (empty when none was made)
 */
public record RescanOutcome(
        StoredScan scan,
        @Nullable StoredScan previous,
        List<SiteChange> changes,
        Map<Language, List<StatementLine>> statement) {

    public RescanOutcome {
        Objects.requireNonNull(scan, "scan");
        changes = List.copyOf(changes);
        Map<Language, List<StatementLine>> copy = new EnumMap<>(Language.class);
        statement.forEach((language, lines) -> copy.put(language, List.copyOf(lines)));
        statement = Map.copyOf(copy);
    }

    /** An outcome without a cookie statement. */
    public RescanOutcome(StoredScan scan, @Nullable StoredScan previous, List<SiteChange> changes) {
        this(scan, previous, changes, Map.of());
    }

    /** The changes the owner is alerted to. */
    public List<SiteChange> alerting() {
        return changes.stream().filter(SiteChange::alerting).toList();
    }
}
