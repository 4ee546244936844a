package nl.cookiekeur.scanner;

import java.util.List;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scanner.ScanRun.ScanAbortedException;
import nl.cookiekeur.scanner.banner.BannerOperator;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.BrowserStartException;
import nl.cookiekeur.scanner.browser.PhaseBrowser;
import nl.cookiekeur.scanner.page.PageInstruments;

/**
 * Runs one job in a fresh browser profile of its engine: the job's {@link VisitScript} through a
 * {@link PhaseSession}, then the session's finish (last screenshot, cookie jar, requests). The profile is
 * closed whatever happens. One bad page never ends the job; only an unreachable start page in the discovering
 * job ends the scan.
 */
final class PhaseRunner {
    private final BrowserEngine engine;
    private final BrowserSettings settings;
    private final ScanRun run;
    private final BannerOperator banners;
    private final PageInstruments instruments;

    PhaseRunner(
            BrowserEngine engine,
            BrowserSettings settings,
            ScanRun run,
            BannerOperator banners,
            PageInstruments instruments) {
        this.engine = engine;
        this.settings = settings;
        this.run = run;
        this.banners = banners;
        this.instruments = instruments;
    }

    /**
     * Runs the job; returns what it recorded: one record, or two when the withdraw phase followed the accept
     * phase in its profile ({@link ScanJob#thenWithdraw()}).
     */
    List<PhaseRecord> run(ScanJob job) throws ScanFailedException, ScanAbortedException, BrowserStartException {
        PhaseRecord record = new PhaseRecord(job.phase());
        try (PhaseBrowser browser = engine.open(settings)) {
            PhaseSession session = new PhaseSession(run, job, record, browser, banners, instruments);
            VisitScript.of(job).run(session);
            session.finish();
            if (!job.thenWithdraw()) {
                return List.of(record);
            }
            return List.of(record, withdrawOnAcceptedPage(session, record));
        }
    }

    /**
     * The withdraw phase on the page the accept phase left, in its profile. Whatever goes wrong here is the
     * withdraw phase's problem: the accept phase's record stands.
     */
    private PhaseRecord withdrawOnAcceptedPage(PhaseSession accepted, PhaseRecord acceptRecord) {
        PhaseRecord withdrawn = new PhaseRecord(Phase.WITHDRAW);
        if (run.overBudget()) {
            withdrawn.problem(run.startUrl, "budget", ScanNote.of("problem.budget.phase"));
            return withdrawn;
        }
        try {
            PhaseSession session = accepted.continueAs(withdrawn);
            new WithdrawOnAcceptedPage(acceptRecord.choices.stream()
                            .reduce((first, last) -> last)
                            .orElse(null))
                    .run(session);
            session.finish();
        } catch (RuntimeException e) {
            withdrawn.problem(
                    run.startUrl,
                    "browser",
                    ScanNote.of("problem.phase.aborted", EvidenceScreenshots.firstLine(e.getMessage())));
        }
        return withdrawn;
    }
}
