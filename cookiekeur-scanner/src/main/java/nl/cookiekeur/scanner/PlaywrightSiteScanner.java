package nl.cookiekeur.scanner;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.scan.SiteScanner;
import nl.cookiekeur.scanner.ScanRun.ScanAbortedException;
import nl.cookiekeur.scanner.banner.BannerOperator;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.BrowserStartException;
import nl.cookiekeur.scanner.browser.ChromiumEngine;
import nl.cookiekeur.scanner.browser.Device;
import nl.cookiekeur.scanner.page.PageInstruments;
import org.jspecify.annotations.Nullable;

/**
 * Scans a site with Chromium through Playwright: each phase (and the initial phase's deep entry page) runs in a
 * fresh browser profile; {@link ScanRequest#parallel()} workers, each with its own browser, share the jobs.
 * The first job plans the crawl from the start page; an unreachable start page or a browser that cannot start
 * ends the scan with a {@link ScanFailedException}, anything else is recorded as a problem.
 */
public final class PlaywrightSiteScanner implements SiteScanner {
    /** Starts one browser engine per worker thread. */
    @FunctionalInterface
    public interface EngineFactory {
        BrowserEngine start() throws BrowserStartException;
    }

    private static final String VERSION = "0.1.0";

    private final EngineFactory engines;
    private final ScanLimits limits;

    public PlaywrightSiteScanner(EngineFactory engines, ScanLimits limits) {
        this.engines = engines;
        this.limits = limits;
    }

    /** The scanner with the system's Chromium (or Playwright's own) and the default limits. */
    public static PlaywrightSiteScanner chromium() {
        return new PlaywrightSiteScanner(ChromiumEngine::start, ScanLimits.defaults());
    }

    @Override
    public ScanEvidence scan(ScanRequest request, ScanProgress progress) throws ScanFailedException {
        try {
            Files.createDirectories(request.evidenceDir().resolve(EvidenceScreenshots.FOLDER));
        } catch (IOException e) {
            throw new ScanFailedException("De map " + request.evidenceDir() + " kan niet worden gemaakt.", e);
        }
        Instant startedAt = Instant.now();
        ScanRun run = new ScanRun(request, limits, progress);
        ConcurrentLinkedQueue<ScanJob> jobs = new ConcurrentLinkedQueue<>(jobs(request));
        int workers = Math.min(request.parallel(), jobs.size());
        List<PhaseRecord> records = new ArrayList<>();
        List<ScanProblem> problems = new ArrayList<>();
        AtomicReference<@Nullable ScanFailedException> failure = new AtomicReference<>();
        AtomicReference<@Nullable String> browserVersion = new AtomicReference<>();
        AtomicReference<@Nullable BrowserStartException> startFailure = new AtomicReference<>();
        BrowserSettings settings = new BrowserSettings(
                request.mobile() ? Device.MOBILE : Device.DESKTOP,
                request.hostRules(),
                request.ignoreHttpsErrors(),
                limits.navigationTimeout());
        AtomicReference<@Nullable String> userAgent = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(
                    () -> work(
                            run, settings, jobs, records, problems, failure, browserVersion, userAgent, startFailure),
                    "cookiekeur-scan-" + (i + 1));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        join(threads, request.timeout().plus(Duration.ofSeconds(60)));
        ScanFailedException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        BrowserStartException notStarted = startFailure.get();
        String version = browserVersion.get();
        if (version == null) {
            throw new ScanFailedException(
                    "De browser (Chromium) kan niet starten"
                            + (notStarted == null ? "." : ": " + notStarted.getMessage()),
                    notStarted == null ? new IllegalStateException("no worker started") : notStarted);
        }
        // A worker stuck past the grace period may still add; work on copies taken under the lists' locks.
        List<PhaseRecord> finished;
        synchronized (records) {
            finished = new ArrayList<>(records);
        }
        List<ScanProblem> extra;
        synchronized (problems) {
            extra = new ArrayList<>(problems);
        }
        for (ScanJob left : jobs) {
            extra.add(new ScanProblem(left.phase(), run.startUrl, "budget", "fase niet uitgevoerd: tijdsbudget op"));
        }
        ScanInfo info = new ScanInfo(
                ScanEvidence.FORMAT_VERSION,
                run.startUrl,
                startedAt,
                Instant.now(),
                VERSION,
                version,
                userAgent.get() == null ? "" : userAgent.get(),
                settings.device().viewport(),
                request.phases(),
                request.pages());
        return EvidenceMerge.merge(info, finished, extra);
    }

    private static List<ScanJob> jobs(ScanRequest request) {
        List<ScanJob> jobs = new ArrayList<>();
        boolean first = true;
        for (Phase phase : request.phases()) {
            jobs.add(new ScanJob(phase, false, first));
            first = false;
            if (phase == Phase.INITIAL && request.pages() > 1) {
                jobs.add(new ScanJob(Phase.INITIAL, true, false));
            }
        }
        return jobs;
    }

    private void work(
            ScanRun run,
            BrowserSettings settings,
            ConcurrentLinkedQueue<ScanJob> jobs,
            List<PhaseRecord> records,
            List<ScanProblem> problems,
            AtomicReference<@Nullable ScanFailedException> failure,
            AtomicReference<@Nullable String> browserVersion,
            AtomicReference<@Nullable String> userAgent,
            AtomicReference<@Nullable BrowserStartException> startFailure) {
        BrowserEngine engine;
        try {
            engine = engines.start();
        } catch (BrowserStartException | RuntimeException e) {
            startFailure.compareAndSet(
                    null,
                    e instanceof BrowserStartException b
                            ? b
                            : new BrowserStartException(String.valueOf(e.getMessage()), e));
            return;
        }
        try (engine) {
            browserVersion.compareAndSet(null, engine.version());
            userAgent.compareAndSet(null, engine.userAgent(settings.device()));
            PhaseRunner runner =
                    new PhaseRunner(engine, settings, run, BannerOperator.shipped(), new PageInstruments());
            ScanJob job;
            while (failure.get() == null && (job = jobs.poll()) != null) {
                if (run.overBudget()) {
                    synchronized (problems) {
                        problems.add(new ScanProblem(
                                job.phase(), run.startUrl, "budget", "fase niet uitgevoerd: tijdsbudget op"));
                    }
                    continue;
                }
                try {
                    PhaseRecord record = runner.run(job);
                    synchronized (records) {
                        records.add(record);
                    }
                } catch (ScanFailedException e) {
                    failure.compareAndSet(null, e);
                } catch (ScanAbortedException e) {
                    return;
                } catch (BrowserStartException | RuntimeException e) {
                    if (job.discovers()) {
                        run.plan.complete(nl.cookiekeur.scanner.crawl.CrawlPlan.startOnly(run.startUrl));
                    }
                    synchronized (problems) {
                        problems.add(new ScanProblem(
                                job.phase(),
                                run.startUrl,
                                "browser",
                                "fase afgebroken: " + EvidenceScreenshots.firstLine(e.getMessage())));
                    }
                }
            }
        }
    }

    private static void join(List<Thread> threads, Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
