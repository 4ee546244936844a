package nl.cookiekeur.scanner;

import nl.cookiekeur.evidence.Phase;

/**
 * One unit of work for a worker: a phase in a fresh profile, or the deep entry page of the initial phase
 * in a profile of its own.
 *
 * @param phase the phase
 * @param deepEntry whether this is the initial phase's deep entry visit
 * @param discovers whether this job plans the crawl from its first visit of the start page
 */
record ScanJob(Phase phase, boolean deepEntry, boolean discovers) {}
