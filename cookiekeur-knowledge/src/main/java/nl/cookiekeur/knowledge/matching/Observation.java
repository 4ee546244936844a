package nl.cookiekeur.knowledge.matching;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.cookiekeur.classification.CookieQuery;
import nl.cookiekeur.classification.Evidence;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.knowledge.domain.Hosts;
import org.jspecify.annotations.Nullable;

/** The hosts of one query, normalised once, and the evidence they give for a knowledge entry. */
final class Observation {
    /** Platform names shorter than this are too common to count as a word of a name ({@code ads}, {@code hub}). */
    private static final int MIN_NAME_WORD = 5;

    private final String name;
    private final @Nullable String cookieDomain;
    private final @Nullable String setterHost;
    private final @Nullable String siteHost;
    private final Function<String, Optional<Tracker>> trackers;
    private @Nullable Tracker setterTracker;
    private boolean setterTrackerKnown;

    Observation(CookieQuery query, Function<String, Optional<Tracker>> trackers) {
        this.name = query.name();
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
        if (namesPlatform(indexed)) {
            return Evidence.NAME;
        }
        return Evidence.NONE;
    }

    /**
     * Whether one of the name's words (letters and digits between other characters) is the entry's platform or
     * controller name, such as {@code mixpanel} in {@code mp_<token>_mixpanel}: vendors that start their
     * names with a short, generic prefix often end them with their own name.
     */
    private boolean namesPlatform(IndexedEntry indexed) {
        return hasWord(indexed.platformKey()) || hasWord(indexed.controllerKey());
    }

    /**
     * Whether {@code key} (lower case) stands in the name as a whole word, ignoring case; found in place, as
     * this runs for most lookups that no host decides.
     */
    private boolean hasWord(String key) {
        int length = key.length();
        if (length < MIN_NAME_WORD) {
            return false;
        }
        for (int at = 0; at + length <= name.length(); at++) {
            if (name.regionMatches(true, at, key, 0, length)
                    && (at == 0 || !asciiAlnum(name.charAt(at - 1)))
                    && (at + length == name.length() || !asciiAlnum(name.charAt(at + length)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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

    private static boolean within(@Nullable String host, List<String> domains) {
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
