package nl.cookiekeur.scanner;

import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scanner.ScanRun.ScanAbortedException;

/**
 * The initial phase: the start page loaded, settled, scrolled and settled; the banner observed (first layer
 * only); the statements read; then the other planned pages except the deep entry page.
 */
record InitialVisit() implements VisitScript {
    @Override
    public void run(PhaseSession session) throws ScanFailedException, ScanAbortedException {
        session.start(true);
        session.observeBanner(false);
        session.collect();
        session.readStatements();
        session.visitOthers(true);
    }
}
