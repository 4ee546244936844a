package nl.cookiekeur.classification;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Figures about a loaded knowledge base.
 *
 * @param entriesPerSource number of active entries per source id (after curated overrides)
 * @param entriesPerCategory number of active entries per category
 * @param wildcardEntries active entries that match by prefix
 * @param unknownRetention active entries whose retention text could not be understood
 * @param overrides curated entries that replace upstream entries
 * @param trackerDomains known tracker domains
 * @param loadTime how long loading took
 */
public record KnowledgeStats(
        Map<String, Integer> entriesPerSource,
        Map<Category, Integer> entriesPerCategory,
        int wildcardEntries,
        int unknownRetention,
        int overrides,
        int trackerDomains,
        Duration loadTime) {

    public KnowledgeStats {
        entriesPerSource = Map.copyOf(entriesPerSource);
        entriesPerCategory = Map.copyOf(entriesPerCategory);
        Objects.requireNonNull(loadTime, "loadTime");
    }

    /** All active entries. */
    public int entries() {
        return entriesPerSource.values().stream().mapToInt(Integer::intValue).sum();
    }
}
