package nl.cookiekeur.compliance;

import java.util.List;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.Phase;

/** NL-CK-28: after refusing, the banner is shown again on the reloaded or next page: the refusal is not kept. */
final class ChoiceRememberedCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_28;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        if (!context.choiceMade(Phase.REJECT)) {
            return CheckResult.passed();
        }
        List<BannerObservation> again = context.evidence().banners(Phase.REJECT).stream()
                .filter(BannerObservation::found)
                .filter(b -> context.visitOf(Phase.REJECT, b.pageUrl())
                        .map(v -> v.order() > 1)
                        .orElse(false))
                .toList();
        if (again.isEmpty()) {
            return CheckResult.passed();
        }
        return CheckResult.of(Hits.hit(
                id(),
                Confidence.CERTAIN,
                Phase.REJECT,
                List.of(Integer.toString(again.size())),
                again.stream().map(EvidenceRefs::banner).toList(),
                null));
    }
}
