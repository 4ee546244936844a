package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-03: after refusing through the banner, tracking cookies or storage are still written, or known
 * tracker hosts are still contacted. Decided only when the refusal was actually made.
 */
final class TrackingAfterRefusalCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_03;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.requests");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        if (!context.choiceMade(Phase.REJECT)) {
            return CheckResult.manual();
        }
        List<Hit> hits = new ArrayList<>(
                Hits.forItems(id(), Phase.REJECT, AfterChoice.trackingItems(context, Phase.REJECT), ""));
        hits.addAll(
                TrackerRequestsCheck.hostsHit(id(), Phase.REJECT, AfterChoice.trackingRequests(context, Phase.REJECT))
                        .stream()
                        .map(h -> h.withVariant("requests"))
                        .toList());
        return CheckResult.of(AfterChoice.exact(context, Phase.REJECT) ? hits : Hits.atMost(hits, Confidence.LIKELY));
    }
}
