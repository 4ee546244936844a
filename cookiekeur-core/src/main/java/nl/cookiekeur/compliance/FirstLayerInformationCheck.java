package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.cookiekeur.evidence.BannerObservation;
import org.jspecify.annotations.Nullable;

/**
 * NL-CK-17: the first layer does not say for what purposes ({@code purposes} variant), or who processes
 * ({@code parties} variant), or neither (main text). The scanner reads this from the wording, so the
 * finding is likely rather than certain.
 */
final class FirstLayerInformationCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_17;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.purposes", "explanation.parties");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Optional<BannerObservation> found = context.banner();
        if (found.isEmpty()) {
            return CheckResult.passed();
        }
        BannerObservation banner = found.get();
        boolean parties = banner.declaresParties() || namesTheParties(context, banner);
        if (banner.declaresPurposes() && parties) {
            return CheckResult.passed();
        }
        String variant = parties ? "purposes" : banner.declaresPurposes() ? "parties" : "";
        return CheckResult.of(new Hit(
                id().severity(),
                Confidence.LIKELY,
                banner.phase(),
                variant,
                List.of(),
                List.of(EvidenceRefs.banner(banner)),
                null));
    }

    /**
     * Whether the first layer names who processes: when no other party was seen at all, the site's own
     * "we" is enough; otherwise at least one observed vendor must be named in the banner text.
     */
    private static boolean namesTheParties(AssessmentContext context, BannerObservation banner) {
        Set<String> vendors = new TreeSet<>();
        for (ClassifiedItem item : context.cookies()) {
            addVendor(vendors, item.classification().vendor());
        }
        for (ClassifiedItem item : context.storage()) {
            addVendor(vendors, item.classification().vendor());
        }
        for (TrackedRequest request : context.trackedRequests()) {
            addVendor(vendors, request.tracker().name());
            addVendor(vendors, request.tracker().company());
        }
        if (vendors.isEmpty()) {
            return true;
        }
        String text = banner.text().toLowerCase(Locale.ROOT);
        return vendors.stream().anyMatch(text::contains);
    }

    private static void addVendor(Set<String> vendors, @Nullable String vendor) {
        if (vendor != null && vendor.strip().length() >= 3) {
            vendors.add(vendor.strip().toLowerCase(Locale.ROOT));
        }
    }
}
