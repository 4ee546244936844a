package nl.cookiekeur.knowledge.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.knowledge.domain.Hosts;

/** Finds the tracker of a request host by the host itself or its nearest parent domain that is known. */
public final class TrackerIndex {
    private final Map<String, Tracker> byDomain;

    /** Indexes trackers by their domain; a later tracker for the same domain wins. */
    public TrackerIndex(List<Tracker> trackers) {
        Map<String, Tracker> map = HashMap.newHashMap(trackers.size());
        trackers.forEach(tracker -> map.put(tracker.domain(), tracker));
        this.byDomain = Map.copyOf(map);
    }

    /** The tracker of the host or its nearest known parent, such as google-analytics.com for a.b.google-analytics.com. */
    public Optional<Tracker> find(String host) {
        String current = Hosts.quickNormalise(host);
        while (current != null) {
            Tracker tracker = byDomain.get(current);
            if (tracker != null) {
                return Optional.of(tracker);
            }
            int dot = current.indexOf('.');
            current = dot < 0 ? null : current.substring(dot + 1);
        }
        return Optional.empty();
    }

    /** Number of known tracker domains. */
    public int size() {
        return byDomain.size();
    }
}
