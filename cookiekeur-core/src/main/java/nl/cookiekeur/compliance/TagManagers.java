package nl.cookiekeur.compliance;

import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.Urls;
import org.jspecify.annotations.Nullable;

/**
 * Tag managers are judged by what they load. A tag manager's own host is listed as essential, but its container
 * exists to load other tags: when its scripts set analytics or marketing items, or sent requests to analytics or
 * advertising hosts, the tag manager host gets the category of the strictest of those (marketing before
 * analytics before preferences), so it is never advised as necessary while it loads trackers.
 */
final class TagManagers {
    /** Tracker ids of tag managers, as the tracker lists name them. */
    private static final Set<String> IDS = Set.of(
            "google_tag_manager", "adobe_dynamic_tag_management", "ensighten", "tagman", "tag_commander", "tealium");

    private TagManagers() {}

    /** Whether the tracker is a tag manager. */
    static boolean is(Tracker tracker) {
        return IDS.contains(tracker.id());
    }

    /**
     * What the tag manager on {@code host} loaded, judged: the strictest category among items its scripts set
     * and trackers its scripts called, with the vendor; empty when it loaded nothing that needs more than
     * "necessary".
     */
    static Optional<Loaded> loaded(AssessmentContext context, String host) {
        Loaded strictest = null;
        for (ClassifiedCookie cookie : context.cookies()) {
            strictest = stricter(
                    strictest,
                    host,
                    cookie.cookie().setter(),
                    cookie.classification().category(),
                    cookie.classification().vendor());
        }
        for (ClassifiedStorage entry : context.storage()) {
            strictest = stricter(
                    strictest,
                    host,
                    entry.entry().setterScript(),
                    entry.classification().category(),
                    entry.classification().vendor());
        }
        for (TrackedRequest request : context.trackedRequests()) {
            ObservedRequest observed = request.request();
            if (!observed.host().equals(host) && !is(request.tracker())) {
                strictest = stricter(
                        strictest,
                        host,
                        observed.initiator(),
                        request.tracker().category(),
                        request.tracker().name());
            }
        }
        return Optional.ofNullable(strictest);
    }

    private static @Nullable Loaded stricter(
            @Nullable Loaded current,
            String host,
            @Nullable String script,
            Category category,
            @Nullable String vendor) {
        if (script == null || !Urls.host(script).equals(host) || rank(category) == 0) {
            return current;
        }
        if (current != null && rank(current.category()) >= rank(category)) {
            return current;
        }
        return new Loaded(category, vendor == null || vendor.isBlank() ? category.name() : vendor);
    }

    private static int rank(Category category) {
        return switch (category) {
            case MARKETING -> 3;
            case ANALYTICS -> 2;
            case PREFERENCES -> 1;
            case NECESSARY, UNKNOWN -> 0;
        };
    }

    /**
     * The strictest thing a tag manager loaded.
     *
     * @param category its category
     * @param vendor its vendor or tracker name (untrusted when it comes from the knowledge base's names)
     */
    record Loaded(Category category, String vendor) {}
}
