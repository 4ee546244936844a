package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.BannerToggle;

/**
 * NL-CK-13: the banner offers "legitimate interest" switches (objection instead of consent), or its text
 * names legitimate interest as the basis (the {@code text} variant, likely rather than certain).
 */
final class LegitimateInterestCheck implements Check {
    private static final List<String> WORDS = List.of(
            "gerechtvaardigd belang",
            "gerechtvaardigde belangen",
            "legitimate interest",
            "berechtigtes interesse",
            "intérêt légitime");

    @Override
    public CheckId id() {
        return CheckId.NL_CK_13;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.text");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Set<String> labels = new LinkedHashSet<>();
        List<EvidenceRef> refs = new ArrayList<>();
        for (BannerObservation banner : context.evidence().banners()) {
            for (BannerToggle toggle : banner.toggles()) {
                if (toggle.legitimateInterest() && labels.add(toggle.label())) {
                    refs.add(EvidenceRefs.toggle(banner, toggle));
                }
            }
        }
        if (!labels.isEmpty()) {
            return CheckResult.of(Hits.hit(
                    id(),
                    Confidence.CERTAIN,
                    refs.get(0).phase(),
                    List.of(Integer.toString(labels.size()), Hits.names(labels)),
                    refs,
                    null));
        }
        Optional<BannerObservation> banner = context.banner();
        if (banner.isPresent()) {
            String text = banner.get().text().toLowerCase(Locale.ROOT);
            if (WORDS.stream().anyMatch(text::contains)) {
                return CheckResult.of(new Hit(
                        id().severity(),
                        Confidence.LIKELY,
                        banner.get().phase(),
                        "text",
                        List.of("0", ""),
                        List.of(EvidenceRefs.banner(banner.get())),
                        null));
            }
        }
        return CheckResult.passed();
    }
}
