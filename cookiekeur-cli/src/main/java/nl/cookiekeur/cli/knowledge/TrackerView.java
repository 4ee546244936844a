package nl.cookiekeur.cli.knowledge;

import nl.cookiekeur.classification.Tracker;
import org.jspecify.annotations.Nullable;

/** A tracker domain as shown in JSON. */
record TrackerView(
        String domain,
        String id,
        String name,
        String kind,
        String category,
        @Nullable String company,
        @Nullable String country,
        String source) {

    static TrackerView of(Tracker tracker) {
        return new TrackerView(
                tracker.domain(),
                tracker.id(),
                tracker.name(),
                Ids.of(tracker.kind()),
                tracker.category().id(),
                tracker.company(),
                tracker.country(),
                tracker.source());
    }
}
