package nl.cookiekeur.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.KnowledgeSource;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.knowledge.data.CuratedCookies;
import nl.cookiekeur.knowledge.data.CuratedEntry;
import nl.cookiekeur.knowledge.data.CuratedTrackers;
import nl.cookiekeur.knowledge.data.OpenCookieDatabase;
import nl.cookiekeur.knowledge.data.WhoTracksMe;

/** Builds knowledge bases from the data files shipped in this module. */
public final class KnowledgeBases {
    private KnowledgeBases() {}

    /**
     * Loads the Open Cookie Database, WhoTracks.me (in parallel) and our curated rows (which override
     * upstream), validating every row; a malformed row fails with a {@code DataFileException} naming file and
     * line.
     */
    public static InMemoryKnowledgeBase shipped() {
        long start = System.nanoTime();
        CompletableFuture<List<Tracker>> whoTracksLoading = CompletableFuture.supplyAsync(WhoTracksMe::load);
        List<KnowledgeEntry> upstream = OpenCookieDatabase.load();
        List<CuratedEntry> curated = CuratedCookies.load();
        List<KnowledgeEntry> entries = CuratedCookies.apply(upstream, curated);
        List<Tracker> curatedTrackers = CuratedTrackers.load();
        List<Tracker> trackers = CuratedTrackers.apply(joined(whoTracksLoading), curatedTrackers);
        long ocdEntries = entries.stream()
                .filter(e -> e.source().equals(OpenCookieDatabase.SOURCE_ID))
                .count();
        List<KnowledgeSource> sources = List.of(
                OpenCookieDatabase.source((int) ocdEntries),
                WhoTracksMe.source((int) trackers.stream()
                        .filter(t -> t.source().equals(WhoTracksMe.SOURCE_ID))
                        .count()),
                CuratedCookies.source(curated.size(), curatedTrackers.size()));
        Duration loadTime = Duration.ofNanos(System.nanoTime() - start);
        return new InMemoryKnowledgeBase(entries, trackers, sources, loadTime);
    }

    /** The result of a parallel load, rethrowing its failure (such as a {@code DataFileException}) as is. */
    private static <T> T joined(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The shipped knowledge as the core port. */
    public static KnowledgeBase load() {
        return shipped();
    }
}
