package nl.cookiekeur.scanner;

import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
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
    private static List<ScanNote> withFirst(ScanNote first, List<ScanNote> rest) {
        List<ScanNote> notes = new ArrayList<>();
        notes.add(first);
        notes.addAll(rest);
        return notes;
    }

    @Override
    public void run(PhaseSession session) throws ScanFailedException, ScanAbortedException {
        session.startForChoice();
        session.step(ScanActivity.ACCEPTING);
        ConsentChoice accepted = session.choose(BannerOperator::accept);
        if (accepted.outcome() != ChoiceOutcome.MADE) {
            session.recordChoice(new ConsentChoice(
                    session.phase(),
                    session.current(),
                    accepted.outcome(),
                    accepted.layer(),
                    accepted.steps(),
                    accepted.interactions(),
                    accepted.screenshot(),
                    withFirst(ScanNote.of("choice.nothingToWithdraw"), accepted.notes()),
                    accepted.controlShot()));
            session.collect();
            return;
        }
        session.settle();
        session.collect();
        session.step(ScanActivity.WITHDRAWING);
        session.recordChoice(session.choose(BannerOperator::withdraw));
        session.settle();
        session.collect();
        session.visit(session.run().startUrl, false, true);
        session.collect();
    }
}
