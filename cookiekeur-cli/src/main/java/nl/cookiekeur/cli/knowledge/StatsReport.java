package nl.cookiekeur.cli.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeStats;

/**
 * The figures of {@code knowledge stats} as JSON, with maps in a stable order.
 *
 * @param entries all active cookie and storage entries
 * @param entriesPerSource entries per source id
 * @param entriesPerCategory entries per category id, in the order of the categories
 * @param wildcardEntries entries matching by prefix
 * @param unknownRetention entries whose retention could not be read
 * @param overrides curated entries replacing upstream ones
 * @param trackerDomains known tracker domains
 * @param loadTimeMillis how long loading took, in milliseconds
 */
record StatsReport(
        int entries,
        Map<String, Integer> entriesPerSource,
        Map<String, Integer> entriesPerCategory,
        int wildcardEntries,
        int unknownRetention,
        int overrides,
        int trackerDomains,
        long loadTimeMillis) {

    static StatsReport of(KnowledgeStats stats, Iterable<String> sourceOrder) {
        Map<String, Integer> perSource = new LinkedHashMap<>();
        for (String source : sourceOrder) {
            perSource.put(source, stats.entriesPerSource().getOrDefault(source, 0));
        }
        stats.entriesPerSource().forEach(perSource::putIfAbsent);
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            perCategory.put(category.id(), stats.entriesPerCategory().getOrDefault(category, 0));
        }
        return new StatsReport(
                stats.entries(),
                perSource,
                perCategory,
                stats.wildcardEntries(),
                stats.unknownRetention(),
                stats.overrides(),
                stats.trackerDomains(),
                stats.loadTime().toMillis());
    }
}
