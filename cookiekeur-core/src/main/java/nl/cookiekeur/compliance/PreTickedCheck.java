package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.BannerToggle;

/**
 * NL-CK-09: a purpose or vendor switch that the visitor can change is already on when first shown. Switches
 * that cannot be changed, or whose label says they are the necessary ones, do not count; "legitimate
 * interest" switches are NL-CK-13.
 */
final class PreTickedCheck implements Check {
    private static final List<String> NECESSARY_WORDS = List.of(
            "noodzakelijk",
            "necessary",
            "essentie",
            "essential",
            "functione",
            "functional",
            "technisch",
            "technical",
            "strikt",
            "strictly",
            "required",
            "vereist");

    @Override
    public CheckId id() {
        return CheckId.NL_CK_09;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<EvidenceRef> refs = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (BannerObservation banner : context.evidence().banners()) {
            for (BannerToggle toggle : banner.toggles()) {
                if (preTicked(toggle) && labels.add(toggle.label())) {
                    refs.add(EvidenceRefs.toggle(banner, toggle));
                }
            }
        }
        if (labels.isEmpty()) {
            return CheckResult.passed();
        }
        return CheckResult.of(Hits.hit(
                id(),
                Confidence.CERTAIN,
                refs.get(0).phase(),
                List.of(Integer.toString(labels.size()), Hits.names(labels)),
                refs,
                null));
    }

    static boolean preTicked(BannerToggle toggle) {
        return toggle.checked() && !toggle.disabled() && !toggle.legitimateInterest() && !necessary(toggle.label());
    }

    static boolean necessary(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        return NECESSARY_WORDS.stream().anyMatch(lower::contains);
    }
}
