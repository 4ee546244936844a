package nl.cookiekeur.knowledge;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.CookieMatch;
import nl.cookiekeur.classification.CookieQuery;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.KnowledgeSource;
import nl.cookiekeur.classification.KnowledgeStats;
import nl.cookiekeur.classification.Retention;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.knowledge.matching.CookieIndex;
import nl.cookiekeur.knowledge.matching.TrackerIndex;

/** A knowledge base held in hash maps built once at load time. */
public final class InMemoryKnowledgeBase implements KnowledgeBase {
    private final List<KnowledgeEntry> entries;
    private final List<KnowledgeSource> sources;
    private final TrackerIndex trackers;
    private final CookieIndex cookies;
    private final KnowledgeStats stats;

    /** Indexes the given entries and trackers; {@code loadTime} is reported in the stats. */
    public InMemoryKnowledgeBase(
            List<KnowledgeEntry> entries, List<Tracker> trackers, List<KnowledgeSource> sources, Duration loadTime) {
        this.entries = List.copyOf(entries);
        this.sources = List.copyOf(sources);
        this.trackers = new TrackerIndex(trackers);
        this.cookies = new CookieIndex(this.entries, this.trackers::find);
        this.stats = statsOf(this.entries, this.trackers.size(), loadTime);
    }

    @Override
    public CookieLookup lookup(CookieQuery query) {
        return cookies.find(query);
    }

    @Override
    public Optional<Tracker> trackerForHost(String host) {
        return trackers.find(host);
    }

    @Override
    public List<KnowledgeEntry> entries() {
        return entries;
    }

    @Override
    public List<KnowledgeSource> sources() {
        return sources;
    }

    @Override
    public KnowledgeStats stats() {
        return stats;
    }

    /** Every entry whose name or prefix fits, ignoring evidence rules; exact names first. */
    public List<CookieMatch> candidates(String name) {
        return cookies.candidates(name);
    }

    private static KnowledgeStats statsOf(List<KnowledgeEntry> entries, int trackerDomains, Duration loadTime) {
        Map<String, Integer> perSource = new LinkedHashMap<>();
        Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
        int wildcards = 0;
        int unknownRetention = 0;
        int overrides = 0;
        for (KnowledgeEntry entry : entries) {
            perSource.merge(entry.source(), 1, Integer::sum);
            perCategory.merge(entry.category(), 1, Integer::sum);
            wildcards += entry.wildcard() ? 1 : 0;
            unknownRetention += entry.retention() instanceof Retention.Unknown ? 1 : 0;
            overrides += entry.replaces() != null ? 1 : 0;
        }
        return new KnowledgeStats(
                perSource, perCategory, wildcards, unknownRetention, overrides, trackerDomains, loadTime);
    }
}
