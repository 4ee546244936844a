package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.evidence.ObservedRequest;

/**
 * NL-CK-24: without consent, tracking pixels or beacons go to advertising hosts (main text), or click ids
 * from ad links ({@code gclid}, {@code fbclid}, {@code msclkid}, …) are kept in cookies or storage
 * ({@code clickids} variant).
 */
final class PixelsAndClickIdsCheck implements Check {
    private static final List<String> CLICK_ID_COOKIES =
            List.of("_gcl_aw", "_gcl_dc", "_gcl_gb", "_gcl_gs", "_fbc", "_uetmsclkid", "_ttclid");

    @Override
    public CheckId id() {
        return CheckId.NL_CK_24;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.clickids");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<Hit> hits = new ArrayList<>();
        List<TrackedRequest> pixels = WithoutConsent.requests(context).stream()
                .filter(r -> r.request().trackingPixel())
                .filter(r -> r.tracker().category() == Category.MARKETING)
                .toList();
        if (!pixels.isEmpty()) {
            hits.addAll(
                    TrackerRequestsCheck.hostsHit(id(), pixels.get(0).request().phase(), pixels));
        }
        Set<String> clickIdValues = new LinkedHashSet<>();
        for (ObservedRequest request : context.evidence().requests()) {
            request.clickIds().values().stream().filter(v -> v.length() >= 8).forEach(clickIdValues::add);
        }
        Set<String> names = new LinkedHashSet<>();
        List<EvidenceRef> refs = new ArrayList<>();
        for (ClassifiedItem item : WithoutConsent.items(context)) {
            if (keepsClickId(item, clickIdValues) && names.add(item.name())) {
                refs.add(item.ref());
            }
        }
        if (!names.isEmpty()) {
            hits.add(new Hit(
                    id().severity(),
                    Confidence.CERTAIN,
                    refs.get(0).phase(),
                    "clickids",
                    List.of(Integer.toString(names.size()), Hits.names(names)),
                    refs,
                    null));
        }
        return CheckResult.of(hits);
    }

    private static boolean keepsClickId(ClassifiedItem item, Set<String> clickIdValues) {
        String lower = item.name().toLowerCase(Locale.ROOT);
        if (CLICK_ID_COOKIES.stream().anyMatch(lower::startsWith)) {
            return true;
        }
        String value = switch (item) {
            case ClassifiedCookie cookie -> cookie.cookie().value();
            case ClassifiedStorage storage -> storage.entry().valuePreview();
        };
        return clickIdValues.stream().anyMatch(value::contains);
    }
}
