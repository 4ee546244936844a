package nl.cookiekeur.knowledge.data;

import java.util.List;
import java.util.Objects;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.Tracker;

/**
 * The shipped knowledge after validation and normalisation: curated rows applied to the upstream entries
 * and tracker domains, plus the number of curated rows (which the merged lists no longer show).
 *
 * @param entries cookie and storage-key entries, upstream order with curated replacements and additions
 * @param trackers tracker domains, WhoTracks.me with curated rows applied
 * @param curatedCookieRows rows in the curated cookie file
 * @param curatedTrackerRows rows in the curated tracker file
 */
public record KnowledgeSnapshot(
        List<KnowledgeEntry> entries, List<Tracker> trackers, int curatedCookieRows, int curatedTrackerRows) {
    public KnowledgeSnapshot {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        trackers = List.copyOf(Objects.requireNonNull(trackers, "trackers"));
        if (curatedCookieRows < 0 || curatedTrackerRows < 0) {
            throw new IllegalArgumentException("row counts must not be negative");
        }
    }

    /**
     * The one merge of the loaded data files, used both when the build writes the snapshot and wherever the
     * data files are loaded directly, so that both hold the same judgement: curated tracker rows applied to
     * WhoTracks.me, curated cookie rows applied to the Open Cookie Database, and then the vendor rule
     * ({@link VendorBusiness#judge}) over the merged entries with the merged trackers.
     */
    public static KnowledgeSnapshot merged(
            List<KnowledgeEntry> upstreamEntries,
            List<CuratedEntry> curatedEntries,
            List<Tracker> upstreamTrackers,
            List<Tracker> curatedTrackers) {
        List<Tracker> trackers = CuratedTrackers.apply(upstreamTrackers, curatedTrackers);
        List<KnowledgeEntry> entries =
                new VendorBusiness(trackers).judge(CuratedCookies.apply(upstreamEntries, curatedEntries));
        return new KnowledgeSnapshot(entries, trackers, curatedEntries.size(), curatedTrackers.size());
    }
}
