package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-16: after withdrawing consent, tracking cookies stay in the browser or storage keeps its tracking
 * entries, or tracker hosts are still contacted after the reload.
 */
final class WithdrawalNotWorkingCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_16;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.requests");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        if (!context.choiceMade(Phase.WITHDRAW)) {
            return CheckResult.passed();
        }
        List<ClassifiedItem> remaining = context.items(Phase.WITHDRAW).stream()
                .filter(ClassifiedItem::tracking)
                .filter(i -> !(i instanceof ClassifiedCookie cookie)
                        || !cookie.cookie().removed())
                .toList();
        List<Hit> hits = new ArrayList<>(Hits.forItems(id(), Phase.WITHDRAW, remaining, ""));
        hits.addAll(
                TrackerRequestsCheck.hostsHit(
                                id(), Phase.WITHDRAW, AfterChoice.trackingRequests(context, Phase.WITHDRAW))
                        .stream()
                        .map(h -> new Hit(
                                h.severity(),
                                AfterChoice.exact(context, Phase.WITHDRAW) ? h.confidence() : Confidence.LIKELY,
                                h.phase(),
                                "requests",
                                h.arguments(),
                                h.evidence(),
                                h.advice()))
                        .toList());
        return CheckResult.of(hits);
    }
}
