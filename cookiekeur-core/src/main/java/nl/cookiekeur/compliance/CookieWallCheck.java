package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-11: the banner blocks the page and refusing does not give access: there is no control to refuse,
 * or the page is still blocked after refusing.
 */
final class CookieWallCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_11;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Optional<BannerObservation> banner = context.banner();
        if (banner.isEmpty() || !banner.get().blocksPage()) {
            return CheckResult.passed();
        }
        if (!context.evidence().ran(Phase.REJECT)
                || context.choice(Phase.REJECT).isEmpty()) {
            return CheckResult.manual();
        }
        List<EvidenceRef> refs = wall(context);
        if (refs.isEmpty()) {
            return CheckResult.passed();
        }
        return CheckResult.of(Hits.hit(id(), Confidence.CERTAIN, Phase.REJECT, List.of(), refs, null));
    }

    /** The evidence of a cookie wall, empty when the evidence shows none. */
    static List<EvidenceRef> wall(AssessmentContext context) {
        Optional<BannerObservation> banner = context.banner();
        Optional<ConsentChoice> reject = context.choice(Phase.REJECT);
        if (banner.isEmpty() || !banner.get().blocksPage() || reject.isEmpty()) {
            return List.of();
        }
        List<EvidenceRef> refs = new ArrayList<>();
        refs.add(EvidenceRefs.banner(banner.get()));
        ChoiceOutcome outcome = reject.get().outcome();
        if (outcome == ChoiceOutcome.NO_CONTROL) {
            refs.add(EvidenceRefs.choice(reject.get()));
            return refs;
        }
        if (outcome == ChoiceOutcome.MADE) {
            List<BannerObservation> after = context.evidence().banners(Phase.REJECT).stream()
                    .filter(b -> b.found() && b.blocksPage())
                    .filter(b -> context.visitOf(Phase.REJECT, b.pageUrl())
                            .map(v -> v.order() > 1)
                            .orElse(false))
                    .toList();
            if (!after.isEmpty()) {
                refs.add(EvidenceRefs.choice(reject.get()));
                refs.add(EvidenceRefs.banner(after.get(0)));
                return refs;
            }
        }
        return List.of();
    }
}
