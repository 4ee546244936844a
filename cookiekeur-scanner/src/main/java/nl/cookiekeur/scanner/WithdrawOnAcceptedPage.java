package nl.cookiekeur.scanner;

import java.util.List;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import org.jspecify.annotations.Nullable;

/**
 * The withdraw phase continued from the accept phase ({@link ScanLevers#withdrawOnAcceptedPage()}): in the accept
 * phase's profile, on the page where everything was just accepted, it records what is there, withdraws the consent,
 * settles and reloads the start page, as {@link WithdrawVisit} does after its own load and accept. When the accept
 * phase's choice did not succeed there is nothing to withdraw: the one choice carries the accept's outcome.
 *
 * @param accepted the accept phase's choice, or {@code null} when it recorded none
 */
record WithdrawOnAcceptedPage(@Nullable ConsentChoice accepted) {

    void run(PhaseSession session) {
        ConsentChoice basis = accepted != null
                ? accepted
                : new ConsentChoice(
                        session.phase(),
                        session.current(),
                        ChoiceOutcome.FAILED,
                        0,
                        List.of(),
                        0,
                        null,
                        List.of(),
                        null);
        if (basis.outcome() != ChoiceOutcome.MADE) {
            session.recordChoice(WithdrawVisit.nothingToWithdraw(session.phase(), session.current(), basis));
            session.collect();
            return;
        }
        session.collect();
        WithdrawVisit.withdrawAndReload(session);
    }
}
