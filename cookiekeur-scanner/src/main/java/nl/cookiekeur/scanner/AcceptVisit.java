package nl.cookiekeur.scanner;

import nl.cookiekeur.scan.ScanActivity;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scanner.ScanRun.ScanAbortedException;
import nl.cookiekeur.scanner.banner.BannerOperator;

/**
 * The accept phase: the start page loaded, the banner observed, everything accepted; settled (what the choice
 * releases), scrolled, settled; then the other pages.
 */
record AcceptVisit() implements VisitScript {
    @Override
    public void run(PhaseSession session) throws ScanFailedException, ScanAbortedException {
        session.startForChoice();
        boolean seen = session.observeBanner(false);
        session.step(ScanActivity.ACCEPTING);
        session.recordChoice(session.chooseIfBanner(seen, BannerOperator::accept));
        session.settle();
        session.scroll();
        session.settle();
        session.collect();
        session.visitOthers(false);
    }
}
