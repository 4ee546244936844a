package nl.cookiekeur.knowledge.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.cookiekeur.classification.CookieQuery;
import nl.cookiekeur.classification.Evidence;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.knowledge.domain.Hosts;
import org.jspecify.annotations.Nullable;

/** The hosts of one query, normalised once, and the evidence they give for a knowledge entry. */
final class Observation {
    /** Platform names shorter than this are too common to count as a word of a name ({@code ads}, {@code hub}). */
    private static final int MIN_NAME_WORD = 5;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{Alnum}]+");

    private final List<String> nameWords;
    private final @Nullable String cookieDomain;
    private final @Nullable String setterHost;
    private final @Nullable String siteHost;
    private final Function<String, Optional<Tracker>> trackers;
    private @Nullable Tracker setterTracker;
    private boolean setterTrackerKnown;

    Observation(CookieQuery query, Function<String, Optional<Tracker>> trackers) {
        this.nameWords = words(query.name());
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
        String platform = indexed.platformKey();
        String controller = indexed.controllerKey();
        return (platform.length() >= MIN_NAME_WORD && nameWords.contains(platform))
                || (controller.length() >= MIN_NAME_WORD && nameWords.contains(controller));
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_WORD.split(name.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return List.copyOf(words);
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
