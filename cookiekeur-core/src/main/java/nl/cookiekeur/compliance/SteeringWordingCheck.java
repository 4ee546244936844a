package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-18: steering wording on the choice buttons ("Nee, ik wil geen optimale ervaring"), or vague wording
 * ("verbeter uw ervaring") in a banner whose acceptance releases advertising cookies (the {@code vague}
 * variant). Matched on a short list of phrases, so likely rather than certain.
 */
final class SteeringWordingCheck implements Check {
    private static final List<String> STEERING = List.of(
            "optimale ervaring",
            "beste ervaring",
            "optimaal gebruik",
            "ik wil geen",
            "nee, ik wil",
            "nee bedankt, ik",
            "slechtere ervaring",
            "minder relevante",
            "best experience",
            "optimal experience",
            "i don't want",
            "i don’t want",
            "no thanks, i prefer",
            "worse experience",
            "less relevant");
    private static final List<String> VAGUE = List.of(
            "verbeter uw ervaring",
            "verbeteren uw ervaring",
            "uw ervaring te verbeteren",
            "je ervaring te verbeteren",
            "verbeter je ervaring",
            "gebruikservaring te verbeteren",
            "improve your experience",
            "enhance your experience",
            "better experience");

    @Override
    public CheckId id() {
        return CheckId.NL_CK_18;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.vague");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Optional<BannerObservation> found = context.banner();
        if (found.isEmpty()) {
            return CheckResult.passed();
        }
        BannerObservation banner = found.get();
        Set<String> phrases = new LinkedHashSet<>();
        List<EvidenceRef> refs = new ArrayList<>();
        for (BannerControl control : banner.controls()) {
            if (control.role() != ControlRole.ACCEPT && control.role() != ControlRole.REJECT) {
                continue;
            }
            String text = control.text().toLowerCase(Locale.ROOT);
            if (STEERING.stream().anyMatch(text::contains)) {
                phrases.add(control.text());
                refs.add(EvidenceRefs.control(banner, control));
            }
        }
        if (!phrases.isEmpty()) {
            return CheckResult.of(
                    Hits.hit(id(), Confidence.LIKELY, banner.phase(), List.of(Hits.names(phrases)), refs, null));
        }
        String text = banner.text().toLowerCase(Locale.ROOT);
        Optional<String> vague = VAGUE.stream().filter(text::contains).findFirst();
        boolean advertising = context.items(Phase.ACCEPT).stream()
                .anyMatch(i -> i.classification().category() == Category.MARKETING);
        boolean namesAdvertising = text.contains("advert") || text.contains("reclame") || text.contains("marketing");
        if (vague.isPresent() && advertising && !namesAdvertising) {
            return CheckResult.of(new Hit(
                    id().severity(),
                    Confidence.LIKELY,
                    banner.phase(),
                    "vague",
                    List.of(vague.get()),
                    List.of(EvidenceRefs.banner(banner)),
                    null));
        }
        return CheckResult.passed();
    }
}
