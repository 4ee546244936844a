package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.evidence.ConsentSignal;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-10: consent assumed without a click. Tracking cookies or storage that appeared only after the scanner
 * went on to another page (main text: browsing on is treated as consent), or a consent state recorded as
 * granted before any choice ({@code stored} variant: a Consent Mode or TCF signal saying granted, or requests
 * carrying {@code gcs=G111}), or a banner that went away by itself after a timer or on the first scroll while
 * a consent record was written ({@code timer} and {@code scroll} variants, {@link ConsentWithoutClick}). Scrolling within the first page cannot be told apart from loading in the
 * evidence; tracking there is NL-CK-01.
 */
final class NavigationConsentCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_10;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.stored", "explanation.timer", "explanation.scroll");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        boolean bannerShown = context.evidence().banners(Phase.INITIAL).stream().anyMatch(b -> b.found())
                || !context.evidence().bannerEvents(Phase.INITIAL).isEmpty();
        if (!bannerShown) {
            // without a banner nothing can be taken as consent: the tracking itself is NL-CK-01
            return CheckResult.passed();
        }
        List<ClassifiedItem> items = context.items(Phase.INITIAL).stream()
                .filter(ClassifiedItem::tracking)
                .filter(i -> InitialTimeline.of(context, i) == InitialTimeline.LATER_PAGE)
                .toList();
        List<Hit> hits = new ArrayList<>(Hits.forItems(id(), Phase.INITIAL, items, ""));
        ConsentWithoutClick.find(context, id()).ifPresent(hits::add);
        Set<String> sources = new LinkedHashSet<>();
        List<EvidenceRef> refs = new ArrayList<>();
        for (ConsentSignal signal : context.evidence().consentSignals()) {
            if (signal.phase() == Phase.INITIAL && granted(signal.decoded()) && sources.add(signal.source())) {
                refs.add(EvidenceRefs.signal(signal));
            }
        }
        for (ObservedRequest request : context.evidence().requests(Phase.INITIAL)) {
            if ("G111".equals(request.consentMode().get("gcs")) && sources.add(request.host() + " gcs=G111")) {
                refs.add(EvidenceRefs.request(request));
            }
        }
        if (!refs.isEmpty()) {
            hits.add(new Hit(
                    id().severity(),
                    Confidence.LIKELY,
                    Phase.INITIAL,
                    "stored",
                    List.of(Integer.toString(sources.size()), Hits.names(sources)),
                    refs,
                    null));
        }
        return CheckResult.of(hits);
    }

    /** Whether decoded consent fields say that storage for ads or analytics, or a purpose, is granted. */
    static boolean granted(Map<String, String> decoded) {
        for (Map.Entry<String, String> field : decoded.entrySet()) {
            String key = field.getKey().toLowerCase(Locale.ROOT);
            String value = field.getValue().strip().toLowerCase(Locale.ROOT);
            // functionality and security storage may be granted by default: only consent-bound kinds count
            boolean storage = key.contains("ad_") || key.contains("analytics");
            boolean purpose = key.startsWith("purpose") || key.contains("consent");
            if (storage && value.equals("granted")) {
                return true;
            }
            if (purpose && !key.contains("legitimate") && (value.equals("true") || value.equals("granted"))) {
                return true;
            }
        }
        return false;
    }
}
