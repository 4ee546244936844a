package nl.cookiekeur.scanner;

import nl.cookiekeur.scanner.ScanRun.ScanAbortedException;
import org.jspecify.annotations.Nullable;

/** The initial phase entered at the deepest planned page, in a profile of its own: load, scroll, banner observed. */
record DeepEntryVisit() implements VisitScript {
    @Override
    public void run(PhaseSession session) throws ScanAbortedException {
        @Nullable String deep = session.run().awaitPlan().deepEntry();
        if (deep == null) {
            return;
        }
        session.visit(deep, true, true);
        session.observeBanner(false);
        session.collect();
    }
}
