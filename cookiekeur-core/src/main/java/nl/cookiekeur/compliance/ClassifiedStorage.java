package nl.cookiekeur.compliance;

import java.time.Instant;
import java.util.Objects;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.StorageEntry;
import org.jspecify.annotations.Nullable;

/**
 * An observed storage entry with what it is for.
 *
 * @param entry the observation
 * @param classification its classification (from a knowledge entry, else from its setter's tracker)
 * @param advice its beslisboom advice
 * @param setter the tracker of the script that wrote it, {@code null} when none or unknown
 * @param family its vendor family, {@code null} when none
 * @param byTracker whether the classification came from the setter's tracker rather than a knowledge entry
 */
record ClassifiedStorage(
        StorageEntry entry,
        Classification classification,
        CookieAdvice advice,
        @Nullable Tracker setter,
        @Nullable VendorFamily family,
        boolean byTracker)
        implements ClassifiedItem {

    ClassifiedStorage {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(advice, "advice");
    }

    @Override
    public String name() {
        return entry.key();
    }

    @Override
    public String where() {
        return entry.origin();
    }

    @Override
    public Phase phase() {
        return entry.phase();
    }

    @Override
    public String pageUrl() {
        return entry.pageUrl();
    }

    @Override
    public @Nullable Instant firstSeen() {
        return null;
    }

    @Override
    public boolean inferred() {
        return byTracker || classification.predicted();
    }

    @Override
    public EvidenceRef ref() {
        return EvidenceRefs.storage(entry);
    }

    @Override
    public String identity() {
        return "storage\u0000" + entry.kind() + "\u0000" + entry.origin() + "\u0000" + entry.key();
    }
}
