package nl.cookiekeur.knowledge.matching;

import java.util.Optional;
import java.util.function.Function;
import nl.cookiekeur.classification.CookieQuery;
import nl.cookiekeur.classification.Evidence;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.knowledge.domain.Hosts;
import org.jspecify.annotations.Nullable;

/** The hosts of one query, normalised once, and the evidence they give for a knowledge entry. */
final class Observation {
    private final @Nullable String cookieDomain;
    private final @Nullable String setterHost;
    private final @Nullable String siteHost;
    private final Function<String, Optional<Tracker>> trackers;
    private @Nullable Tracker setterTracker;
    private boolean setterTrackerKnown;

    Observation(CookieQuery query, Function<String, Optional<Tracker>> trackers) {
        this.cookieDomain = Hosts.quickNormalise(query.cookieDomain());
        this.setterHost = Hosts.quickNormalise(query.setterHost());
        this.siteHost = Hosts.quickNormalise(query.siteHost());
        this.trackers = trackers;
    }

    /** The strongest evidence tying this observation to the entry, or {@link Evidence#NONE}. */
    Evidence evidenceFor(IndexedEntry indexed) {
        var domains = indexed.entry().domains();
        if (within(cookieDomain, domains)) {
            return Evidence.COOKIE_DOMAIN;
        }
        if (within(setterHost, domains)) {
            return Evidence.SETTER_SCRIPT;
        }
        if (sameVendor(indexed)) {
            return Evidence.VENDOR;
        }
        if (within(siteHost, domains)) {
            return Evidence.SITE;
        }
        return Evidence.NONE;
    }

    private boolean sameVendor(IndexedEntry indexed) {
        Tracker tracker = setterTracker();
        if (tracker == null) {
            return false;
        }
        String company = tracker.company() == null ? "" : IndexedEntry.vendorKey(tracker.company());
        String trackerName = IndexedEntry.vendorKey(tracker.name());
        return (!company.isEmpty() && company.equals(indexed.controllerKey()))
                || (!trackerName.isEmpty() && trackerName.equals(indexed.platformKey()));
    }

    private @Nullable Tracker setterTracker() {
        if (!setterTrackerKnown && setterHost != null) {
            setterTracker = trackers.apply(setterHost).orElse(null);
        }
        setterTrackerKnown = true;
        return setterTracker;
    }

    private static boolean within(@Nullable String host, java.util.List<String> domains) {
        if (host == null) {
            return false;
        }
        for (int i = 0; i < domains.size(); i++) {
            if (Hosts.isWithin(host, domains.get(i))) {
                return true;
            }
        }
        return false;
    }
}
