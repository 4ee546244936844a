package nl.cookiekeur.scanner;

import nl.cookiekeur.evidence.Phase;

/**
 * One unit of work for a worker: a phase in a fresh profile, or the deep entry page of the initial phase
 * in a profile of its own.
 *
 * @param phase the phase
 * @param deepEntry whether this is the initial phase's deep entry visit
 * @param discovers whether this job plans the crawl from its first visit of the start page
 * @param thenWithdraw whether the withdraw phase follows in this job's profile, on the page the accept phase left
 *     ({@link ScanLevers#withdrawOnAcceptedPage()}; only for an accept job of a scan of the start page alone)
 */
record ScanJob(Phase phase, boolean deepEntry, boolean discovers, boolean thenWithdraw) {

    ScanJob(Phase phase, boolean deepEntry, boolean discovers) {
        this(phase, deepEntry, discovers, false);
    }

    /** The withdraw phase that follows this accept job in its profile. */
    ScanJob withdrawal() {
        return new ScanJob(Phase.WITHDRAW, false, false, false);
    }
}
