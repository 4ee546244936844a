package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-02: before any choice the page contacts known advertising, analytics, session-recording or
 * lead-generation hosts. The consent platform, CDNs, hosting and cookieless privacy-friendly analytics do
 * not count; requests that carry a denied Google Consent Mode state are NL-CK-26.
 */
final class TrackerRequestsCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_02;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        if (!context.evidence().ran(Phase.INITIAL)) {
            return CheckResult.manual();
        }
        List<TrackedRequest> requests = context.trackedRequests(Phase.INITIAL).stream()
                .filter(TrackedRequest::tracking)
                .filter(r -> !r.consentModeDenied())
                .toList();
        return CheckResult.of(hostsHit(id(), Phase.INITIAL, requests));
    }

    /** One hit listing each contacted host once: {0} the number of hosts, {1} the trackers and hosts. */
    static List<Hit> hostsHit(CheckId check, Phase phase, List<TrackedRequest> requests) {
        Map<String, TrackedRequest> byHost = new LinkedHashMap<>();
        for (TrackedRequest request : requests) {
            byHost.putIfAbsent(request.request().host(), request);
        }
        if (byHost.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        List<EvidenceRef> refs = new ArrayList<>();
        for (TrackedRequest request : byHost.values()) {
            names.add(request.tracker().name() + " (" + request.request().host() + ")");
            refs.add(request.ref());
        }
        return List.of(Hits.hit(
                check,
                Confidence.CERTAIN,
                phase,
                List.of(Integer.toString(byHost.size()), Hits.names(names)),
                refs,
                null));
    }
}
