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
import nl.cookiekeur.knowledge.data.KnowledgeSnapshot;
import nl.cookiekeur.knowledge.data.OpenCookieDatabase;
import nl.cookiekeur.knowledge.data.SnapshotFile;
import nl.cookiekeur.knowledge.data.WhoTracksMe;

/** Builds knowledge bases from the data shipped in this module. */
public final class KnowledgeBases {
    private KnowledgeBases() {}

    /**
     * The shipped knowledge from the compact snapshot that the build wrote after validating the data files
     * (fast: no CSV parsing, no Public Suffix List); a missing or damaged snapshot fails with a
     * {@code DataFileException}. The result equals {@link #fromDataFiles()}.
     */
    public static InMemoryKnowledgeBase shipped() {
        long start = System.nanoTime();
        KnowledgeSnapshot snapshot = SnapshotFile.load();
        return indexed(snapshot, start);
    }

    /**
     * Loads the Open Cookie Database, WhoTracks.me (in parallel) and our curated rows (which override
     * upstream) from the CSV data files, validating every row; a malformed row fails with a
     * {@code DataFileException} naming file and line.
     */
    public static InMemoryKnowledgeBase fromDataFiles() {
        long start = System.nanoTime();
        return indexed(snapshotOfDataFiles(), start);
    }

    /** The validated and merged content of the CSV data files, as written into the snapshot at build time. */
    public static KnowledgeSnapshot snapshotOfDataFiles() {
        CompletableFuture<List<Tracker>> whoTracksLoading = CompletableFuture.supplyAsync(WhoTracksMe::load);
        List<KnowledgeEntry> upstream = OpenCookieDatabase.load();
        List<CuratedEntry> curated = CuratedCookies.load();
        List<Tracker> curatedTrackers = CuratedTrackers.load();
        return KnowledgeSnapshot.merged(upstream, curated, joined(whoTracksLoading), curatedTrackers);
    }

    /** The shipped knowledge as the core port. */
    public static KnowledgeBase load() {
        return shipped();
    }

    private static InMemoryKnowledgeBase indexed(KnowledgeSnapshot snapshot, long start) {
        List<KnowledgeEntry> entries = snapshot.entries();
        List<Tracker> trackers = snapshot.trackers();
        int ocdEntries = 0;
        for (KnowledgeEntry entry : entries) {
            ocdEntries += entry.source().equals(OpenCookieDatabase.SOURCE_ID) ? 1 : 0;
        }
        int whoTracksDomains = 0;
        for (Tracker tracker : trackers) {
            whoTracksDomains += tracker.source().equals(WhoTracksMe.SOURCE_ID) ? 1 : 0;
        }
        List<KnowledgeSource> sources = List.of(
                OpenCookieDatabase.source(ocdEntries),
                WhoTracksMe.source(whoTracksDomains),
                CuratedCookies.source(snapshot.curatedCookieRows(), snapshot.curatedTrackerRows()));
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
}
