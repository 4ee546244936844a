package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-15: after accepting, the scanner found no way to reopen the consent settings (no link, icon or
 * button on the pages it checked).
 */
final class WithdrawalMissingCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_15;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        if (context.banner().isEmpty() && !context.choiceMade(Phase.ACCEPT)) {
            return CheckResult.passed();
        }
        Optional<ConsentChoice> withdraw = context.choice(Phase.WITHDRAW);
        if (!context.choiceMade(Phase.ACCEPT) || !context.evidence().ran(Phase.WITHDRAW) || withdraw.isEmpty()) {
            return CheckResult.manual();
        }
        ChoiceOutcome outcome = withdraw.get().outcome();
        if (outcome == ChoiceOutcome.MADE) {
            return CheckResult.passed();
        }
        if (outcome == ChoiceOutcome.FAILED) {
            return CheckResult.manual();
        }
        return CheckResult.of(Hits.hit(
                id(),
                outcome == ChoiceOutcome.NO_CONTROL ? Confidence.CERTAIN : Confidence.LIKELY,
                Phase.WITHDRAW,
                List.of(),
                List.of(EvidenceRefs.choice(withdraw.get())),
                null));
    }
}
