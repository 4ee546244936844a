package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-16: after withdrawing consent, tracking cookies stay in the browser, or tracker hosts are still
 * contacted after the reload. Storage entries are not counted: the evidence keeps one line per key and
 * phase, without a time or a removal mark, so a key deleted on withdrawal looks the same as one that stayed.
 * When tracking keys were seen in the phase and nothing else was found, a person is asked to check them
 * ({@code storage} review).
 */
final class WithdrawalNotWorkingCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_16;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.requests", "review.storage");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        if (!context.choiceMade(Phase.WITHDRAW)) {
            return CheckResult.passed();
        }
        List<ClassifiedItem> tracking = context.items(Phase.WITHDRAW).stream()
                .filter(ClassifiedItem::tracking)
                .toList();
        List<ClassifiedItem> remaining = tracking.stream()
                .filter(i ->
                        i instanceof ClassifiedCookie cookie && !cookie.cookie().removed())
                .toList();
        List<Hit> hits = new ArrayList<>(Hits.forItems(id(), Phase.WITHDRAW, remaining, ""));
        hits.addAll(
                TrackerRequestsCheck.hostsHit(
                                id(), Phase.WITHDRAW, AfterChoice.trackingRequests(context, Phase.WITHDRAW))
                        .stream()
                        .map(h -> h.withVariant("requests"))
                        .map(h -> AfterChoice.exact(context, Phase.WITHDRAW) ? h : h.withConfidence(Confidence.LIKELY))
                        .toList());
        List<String> storage = tracking.stream()
                .filter(i -> i instanceof ClassifiedStorage)
                .map(ClassifiedItem::name)
                .distinct()
                .toList();
        if (hits.isEmpty() && !storage.isEmpty()) {
            return CheckResult.manualVariant("storage", Hits.names(storage));
        }
        return CheckResult.of(hits);
    }
}
