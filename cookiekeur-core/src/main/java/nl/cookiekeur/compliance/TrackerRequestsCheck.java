package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-02: before any choice the page contacts known advertising, analytics, session-recording or
 * lead-generation hosts, or an embedded player or plug-in whose domain writes tracking identifiers (a standard
 * YouTube embed). The consent platform, CDNs, hosting and cookieless privacy-friendly analytics do not count.
 * Requests that carry a denied Google Consent Mode state ({@code gcs=G100}) still send device and browser
 * data to the vendor before any choice (EDPB Guidelines 2/2023, §33), so they count too, in a hit of their own
 * ({@code consentmode} variant) that says so; NL-CK-26 names the Consent Mode set-up that causes them. A
 * script that sends a beacon to another party on every page visited, to a host no list knows
 * ({@link nl.cookiekeur.evidence.BehaviourKind#PAGE_BEACON}), is a {@link Confidence#LIKELY} hit ({@code behaviour} variant); one
 * seen on only some of the pages needs review ({@link PageBeacons}). Files fetched from a public CDN of a company
 * whose business is advertising (Google Fonts, Google's static host; {@link TrackedRequest#advertisingCompanyService})
 * give a {@link Confidence#LIKELY} hit of severity {@link Severity#MIDDEL} ({@code service} variant): not strictly
 * necessary, but no Dutch regulator has ruled on it yet. Requests that need consent without being a tracking tag
 * ({@link NonTrackingConsent}: Google reCAPTCHA's, a payment provider's on a page where nobody pays) give hits of
 * their own variant ({@code botcheck}, {@code payment}), so that no host needing consent passes silently.
 */
final class TrackerRequestsCheck implements Check {
    /** The variant for public CDNs of an advertising company, such as Google Fonts. */
    static final String SERVICE = "service";

    @Override
    public CheckId id() {
        return CheckId.NL_CK_02;
    }

    @Override
    public List<String> variants() {
        List<String> variants = new ArrayList<>(List.of(
                "explanation.consentmode",
                "explanation.behaviour",
                "explanation." + PageBeacons.SOME_PAGES,
                "title." + SERVICE,
                "explanation." + SERVICE,
                "remediation." + SERVICE));
        variants.addAll(NonTrackingConsent.BOT_CHECK.textKeys());
        variants.addAll(NonTrackingConsent.PAYMENT.textKeys());
        return List.copyOf(variants);
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        if (!context.evidence().ran(Phase.INITIAL)) {
            return CheckResult.manual();
        }
        List<TrackedRequest> tracking = context.trackedRequests(Phase.INITIAL).stream()
                .filter(r -> TrackingEmbeds.trackingRequest(context, r))
                .toList();
        List<Hit> hits = new ArrayList<>(hostsHit(
                id(),
                Phase.INITIAL,
                tracking.stream().filter(r -> !r.consentModeDenied()).toList()));
        hostsHit(
                        id(),
                        Phase.INITIAL,
                        tracking.stream()
                                .filter(TrackedRequest::consentModeDenied)
                                .toList())
                .forEach(h -> hits.add(h.withVariant("consentmode")));
        hits.addAll(
                apart(context, TrackedRequest::advertisingCompanyService, Severity.MIDDEL, Confidence.LIKELY, SERVICE));
        hits.addAll(apart(context, TrackedRequest::advertisingCompanyBotCheck, NonTrackingConsent.BOT_CHECK));
        hits.addAll(apart(context, TrackedRequest::paymentOutsideCheckout, NonTrackingConsent.PAYMENT));
        hits.addAll(PageBeacons.hits(id(), context));
        return CheckResult.of(hits);
    }

    private List<Hit> apart(AssessmentContext context, Predicate<TrackedRequest> requests, NonTrackingConsent kind) {
        return apart(context, requests, kind.severity(), kind.confidence(), kind.variant());
    }

    /**
     * The hit, in its own variant, for third-party requests before any choice that need consent but are no tracking
     * tag: an advertising company's public CDN, its bot check, a payment provider on a page where nobody pays.
     */
    private List<Hit> apart(
            AssessmentContext context,
            Predicate<TrackedRequest> kind,
            Severity severity,
            Confidence confidence,
            String variant) {
        return hostsHit(
                        id(),
                        Phase.INITIAL,
                        context.trackedRequests(Phase.INITIAL).stream()
                                .filter(kind)
                                .filter(r -> r.request().thirdParty()
                                        || context.thirdParty(r.request().host()))
                                .toList())
                .stream()
                .map(h -> new Hit(severity, confidence, h.phase(), variant, h.arguments(), h.evidence(), h.advice()))
                .toList();
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
