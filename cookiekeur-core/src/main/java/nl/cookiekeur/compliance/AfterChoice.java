package nl.cookiekeur.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;

/**
 * What a phase with a choice (reject, withdraw) observed after the choice was made. Each phase starts with
 * a fresh profile, so its first visit repeats what happened before any choice; the reload after the choice
 * starts the second visit. Without a second visit, whatever the first phase did not show counts instead.
 */
final class AfterChoice {
    private AfterChoice() {}

    /** Whether the phase has a second visit, so that "after the choice" is exact. */
    static boolean exact(AssessmentContext context, Phase phase) {
        return context.afterChoice(phase) != null;
    }

    /** The tracking cookies and storage entries observed after the choice. */
    static List<ClassifiedItem> trackingItems(AssessmentContext context, Phase phase) {
        Instant cutoff = context.afterChoice(phase);
        Set<String> before = context.items(Phase.INITIAL).stream()
                .map(ClassifiedItem::identity)
                .collect(Collectors.toSet());
        return context.items(phase).stream()
                .filter(ClassifiedItem::tracking)
                .filter(item -> {
                    if (cutoff != null && item instanceof ClassifiedCookie cookie) {
                        ObservedCookie observed = cookie.cookie();
                        return !observed.firstSeen().isBefore(cutoff);
                    }
                    return !before.contains(item.identity());
                })
                .toList();
    }

    /** The tracking requests sent after the choice (consent-mode pings with storage denied excluded). */
    static List<TrackedRequest> trackingRequests(AssessmentContext context, Phase phase) {
        Instant cutoff = context.afterChoice(phase);
        Set<String> before = context.trackedRequests(Phase.INITIAL).stream()
                .map(r -> r.request().host())
                .collect(Collectors.toSet());
        return context.trackedRequests(phase).stream()
                .filter(r -> TrackingEmbeds.trackingRequest(context, r))
                .filter(r -> !r.consentModeDenied())
                .filter(r -> cutoff != null
                        ? !r.request().at().isBefore(cutoff)
                        : !before.contains(r.request().host()))
                .toList();
    }
}
