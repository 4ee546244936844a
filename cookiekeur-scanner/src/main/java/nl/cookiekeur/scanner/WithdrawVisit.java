package nl.cookiekeur.scanner;

import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.scan.ScanActivity;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scanner.ScanRun.ScanAbortedException;
import nl.cookiekeur.scanner.banner.BannerOperator;

/**
 * The withdraw phase: the start page loaded, everything accepted, then the consent withdrawn and the page
 * reloaded. When accepting fails there is nothing to withdraw: the one choice carries the accept's outcome.
 */
record WithdrawVisit() implements VisitScript {

    /**
     * The withdraw phase's one choice when accepting did not succeed: nothing to withdraw, with the accept's
     * outcome, steps and notes.
     */
    static ConsentChoice nothingToWithdraw(Phase phase, String pageUrl, ConsentChoice accepted) {
        List<ScanNote> notes = new ArrayList<>();
        notes.add(ScanNote.of("choice.nothingToWithdraw"));
        notes.addAll(accepted.notes());
        return new ConsentChoice(
                phase,
                pageUrl,
                accepted.outcome(),
                accepted.layer(),
                accepted.steps(),
                accepted.interactions(),
                accepted.screenshot(),
                notes,
                accepted.controlShot());
    }

    /** Withdraws on the accepted page in the session's tab, settles, reloads the start page; collects each time. */
    static void withdrawAndReload(PhaseSession session) {
        session.step(ScanActivity.WITHDRAWING);
        session.recordChoice(session.choose(BannerOperator::withdraw));
        session.settle();
        session.collect();
        session.visit(session.run().startUrl, false, true);
        session.collect();
    }

    @Override
    public void run(PhaseSession session) throws ScanFailedException, ScanAbortedException {
        session.startForChoice();
        session.step(ScanActivity.ACCEPTING);
        ConsentChoice accepted = session.choose(BannerOperator::accept);
        if (accepted.outcome() != ChoiceOutcome.MADE) {
            session.recordChoice(nothingToWithdraw(session.phase(), session.current(), accepted));
            session.collect();
            return;
        }
        session.settle();
        session.collect();
        withdrawAndReload(session);
    }
}
