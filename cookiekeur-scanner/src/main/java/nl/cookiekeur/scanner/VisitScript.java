package nl.cookiekeur.scanner;

import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scanner.ScanRun.ScanAbortedException;

/**
 * What one job does in its fresh profile, step by step: which pages it visits, when it looks at the banner and
 * which choice it makes. One script per phase ({@link InitialVisit}, {@link RejectVisit}, {@link AcceptVisit},
 * {@link WithdrawVisit}) and one for the initial phase's deep entry page ({@link DeepEntryVisit}); the steps
 * themselves, and what they record, are the {@link PhaseSession}'s.
 */
sealed interface VisitScript permits InitialVisit, DeepEntryVisit, RejectVisit, AcceptVisit, WithdrawVisit {

    /** Runs the script; the session records what happens. */
    void run(PhaseSession session) throws ScanFailedException, ScanAbortedException;

    /** The script of a job. */
    static VisitScript of(ScanJob job) {
        if (job.deepEntry()) {
            return new DeepEntryVisit();
        }
        return switch (job.phase()) {
            case INITIAL -> new InitialVisit();
            case REJECT -> new RejectVisit();
            case ACCEPT -> new AcceptVisit();
            case WITHDRAW -> new WithdrawVisit();
        };
    }
}
