package nl.cookiekeur.scanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.scan.ReusingSiteScanner;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.BrowserStartException;
import nl.cookiekeur.scanner.browser.Device;

/**
 * Scans a site with Chromium through Playwright: each phase (and the initial phase's deep entry page) runs in
 * fresh browser state (by default a fresh context of the scan's one Chromium, see {@link ScanLevers}); a
 * {@link PhaseExecutor} with {@link ScanRequest#parallel()} browser slots runs the jobs,
 * each job a {@link VisitScript} (what to visit and choose) over a {@link PhaseSession} (the instruments).
 * The first job plans the crawl from the start page; an unreachable start page or a browser that cannot start
 * ends the scan with a {@link ScanFailedException}, anything else is recorded as a problem.
 */
public final class PlaywrightSiteScanner implements ReusingSiteScanner {
    /** Starts one browser engine per worker thread. */
    @FunctionalInterface
    public interface EngineFactory {
        BrowserEngine start() throws BrowserStartException;

        /** The engines of one scan's {@code slots} slots; by default every slot starts its own, sharing nothing. */
        default SlotEngines forScan(int slots) {
            return SlotEngines.separate(this);
        }
    }

    private static final String VERSION = "0.1.0";

    private final EngineFactory engines;
    private final ScanLimits limits;
    private final boolean withdrawOnAcceptedPage;

    /** A scanner on these engines and limits, with the withdraw phase on the accepted page (as by default). */
    public PlaywrightSiteScanner(EngineFactory engines, ScanLimits limits) {
        this(engines, limits, ScanLevers.defaults().withdrawOnAcceptedPage());
    }

    private PlaywrightSiteScanner(EngineFactory engines, ScanLimits limits, boolean withdrawOnAcceptedPage) {
        this.engines = engines;
        this.limits = limits;
        this.withdrawOnAcceptedPage = withdrawOnAcceptedPage;
    }

    /** The scanner with the system's Chromium (or Playwright's own), every lever on and the default limits. */
    public static PlaywrightSiteScanner chromium() {
        return chromium(ScanLevers.defaults());
    }

    /**
     * The scanner of a monitor worker: the system's Chromium kept across scans ({@link ScanLevers#worker()}); close it
     * when the worker stops.
     */
    public static PlaywrightSiteScanner forWorker() {
        return chromium(ScanLevers.worker());
    }

    /** The scanner with the system's Chromium, the {@code levers} as given, and the default limits. */
    public static PlaywrightSiteScanner chromium(ScanLevers levers) {
        ScanLimits limits = levers.waitsEndWhenDone()
                ? ScanLimits.defaults()
                : ScanLimits.defaults().fixedQuiet();
        return new PlaywrightSiteScanner(new ChromiumEngines(levers), limits, levers.withdrawOnAcceptedPage());
    }

    /** Closes the engines kept across scans ({@link ScanLevers#keptForScans()}), if any; never throws. */
    @Override
    public void close() {
        if (engines instanceof ChromiumEngines chromium) {
            chromium.kept().close();
        }
    }

    @Override
    public ScanEvidence scan(ScanRequest request, ScanProgress progress) throws ScanFailedException {
        StartHost.check(request);
        boolean folderExisted = Files.exists(request.evidenceDir());
        try {
            Files.createDirectories(request.evidenceDir().resolve(EvidenceScreenshots.FOLDER));
        } catch (IOException e) {
            throw new ScanFailedException(ScanNote.of("failure.folder", request.evidenceDir()), e);
        }
        Instant startedAt = Instant.now();
        ScanRun run = new ScanRun(request, limits, progress);
        BrowserSettings settings = new BrowserSettings(
                request.mobile() ? Device.MOBILE : Device.DESKTOP,
                request.hostRules(),
                request.ignoreHttpsErrors(),
                limits.navigationTimeout());
        PhaseExecutor.Outcome outcome;
        try {
            outcome = new PhaseExecutor(engines, settings, run).run(jobs(request), request.parallel());
        } catch (ScanFailedException e) {
            if (!folderExisted) {
                removeEmpty(request.evidenceDir());
            }
            throw e;
        }
        ScanInfo info = new ScanInfo(
                ScanEvidence.FORMAT_VERSION,
                run.startUrl,
                startedAt,
                Instant.now(),
                VERSION,
                outcome.browserVersion(),
                outcome.userAgent(),
                settings.device().viewport(),
                request.phases(),
                request.pages());
        return EvidenceMerge.merge(info, outcome.records(), outcome.problems());
    }

    /** Removes the evidence folder this scan created when nothing but its empty screenshot folder is in it. */
    private static void removeEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(EvidenceScreenshots.FOLDER));
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // something was written after all: keep it
        }
    }

    /**
     * The jobs of a scan in phase order; with {@link ScanLevers#withdrawOnAcceptedPage()} and the start page alone,
     * the withdraw phase is no job of its own but follows the accept job in its profile.
     */
    private List<ScanJob> jobs(ScanRequest request) {
        boolean withdrawAfterAccept = withdrawOnAcceptedPage
                && request.pages() == 1
                && request.phases().contains(Phase.ACCEPT)
                && request.phases().contains(Phase.WITHDRAW);
        List<ScanJob> jobs = new ArrayList<>();
        boolean first = true;
        for (Phase phase : request.phases()) {
            if (phase == Phase.WITHDRAW && withdrawAfterAccept) {
                continue;
            }
            jobs.add(new ScanJob(phase, false, first, phase == Phase.ACCEPT && withdrawAfterAccept));
            first = false;
            if (phase == Phase.INITIAL && request.pages() > 1) {
                jobs.add(new ScanJob(Phase.INITIAL, true, false));
            }
        }
        return jobs;
    }
}
