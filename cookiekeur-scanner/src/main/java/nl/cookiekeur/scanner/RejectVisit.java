package nl.cookiekeur.scanner;

import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.scan.ScanActivity;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scanner.ScanRun.ScanAbortedException;
import nl.cookiekeur.scanner.banner.BannerOperator;

/**
 * The reject phase: the start page loaded without scrolling, the banner observed with its settings layer, the
 * refusal; then the start page again (does the refusal hold, does the banner stay away?) and the other pages.
 */
record RejectVisit() implements VisitScript {
    @Override
    public void run(PhaseSession session) throws ScanFailedException, ScanAbortedException {
        session.startForChoice();
        boolean seen = session.observeBanner(true);
        session.step(ScanActivity.REJECTING);
        ConsentChoice choice = session.chooseIfBanner(seen, BannerOperator::reject);
        session.recordChoice(choice);
        session.settle();
        session.collect();
        if (choice.outcome() != ChoiceOutcome.NO_BANNER) {
            session.visit(session.run().startUrl, false, true);
            session.observeBanner(false);
        } else {
            // Without a banner nothing changed: a reload would only repeat the first load.
            session.scroll();
            session.settle();
        }
        session.collect();
        session.visitOthers(false);
    }
}
