package nl.cookiekeur.compliance;

import java.util.List;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.Phase;

/** NL-CK-05: refusing everything took more clicks than accepting everything. */
final class RejectStepsCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_05;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        if (!context.choiceMade(Phase.REJECT) || !context.choiceMade(Phase.ACCEPT)) {
            boolean noReject = context.choice(Phase.REJECT)
                    .map(c -> c.outcome() == ChoiceOutcome.NO_CONTROL || c.outcome() == ChoiceOutcome.NO_BANNER)
                    .orElse(false);
            return context.banner().isEmpty() || noReject ? CheckResult.passed() : CheckResult.manual();
        }
        ConsentChoice reject = context.choice(Phase.REJECT).orElseThrow();
        ConsentChoice accept = context.choice(Phase.ACCEPT).orElseThrow();
        if (reject.interactions() <= accept.interactions()) {
            return CheckResult.passed();
        }
        return CheckResult.of(Hits.hit(
                id(),
                Confidence.CERTAIN,
                Phase.REJECT,
                List.of(Integer.toString(reject.interactions()), Integer.toString(accept.interactions())),
                List.of(EvidenceRefs.choice(reject), EvidenceRefs.choice(accept)),
                null));
    }
}
