package nl.cookiekeur.scanner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scanner.PlaywrightSiteScanner.EngineFactory;
import nl.cookiekeur.scanner.ScanRun.ScanAbortedException;
import nl.cookiekeur.scanner.banner.BannerOperator;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.BrowserStartException;
import nl.cookiekeur.scanner.crawl.CrawlPlan;
import nl.cookiekeur.scanner.page.PageInstruments;
import org.jspecify.annotations.Nullable;

/**
 * Runs the jobs of one scan on a fixed number of browser slots. Each slot is a thread with its own browser
 * engine (Playwright for Java is single-threaded) that takes jobs from one queue, in phase order, until the queue
 * is empty; the engines may share one Chromium ({@link SlotEngines}), released when every slot stopped.
 *
 * <p>Cancellation: when the discovering job finds the start page unreachable, no slot takes another job (the
 * pending ones are cancelled) and the running ones stop at their next wait for the crawl plan, which every job
 * reaches right after its start page. When the scan's budget is spent, a job a slot takes is not run but
 * recorded as a {@code budget} problem, and running jobs wind down because every page visit ends at the scan's
 * deadline. The executor waits for its slots until the deadline plus a grace period; a slot still busy then is
 * interrupted and left behind, and what it records later is ignored; the job it was running becomes an
 * {@code unfinished} problem of its phase (and of the withdraw phase that was to follow it), so the verdict shows
 * the gap instead of a phase without a trace. A slot closes its browser whenever it stops (try-with-resources), so
 * no browser outlives its slot.
 */
final class PhaseExecutor {
    private static final Duration GRACE = Duration.ofSeconds(60);

    /** What the slots recorded, and the browser they used. */
    record Outcome(List<PhaseRecord> records, List<ScanProblem> problems, String browserVersion, String userAgent) {}

    private final EngineFactory engines;
    private final BrowserSettings settings;
    private final ScanRun run;
    private final Queue<ScanJob> pending = new ConcurrentLinkedQueue<>();
    private final List<PhaseRecord> records = new ArrayList<>();
    private final List<ScanProblem> problems = new ArrayList<>();
    private final Set<ScanJob> running = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile @Nullable ScanFailedException failure;
    private @Nullable BrowserStartException startFailure;
    private @Nullable String browserVersion;
    private @Nullable String userAgent;
    private boolean closed;

    PhaseExecutor(EngineFactory engines, BrowserSettings settings, ScanRun run) {
        this.engines = engines;
        this.settings = settings;
        this.run = run;
    }

    /**
     * Runs {@code jobs} on at most {@code slots} browsers and returns what they recorded; a job never taken
     * becomes a {@code budget} problem.
     *
     * @throws ScanFailedException when the start page is unreachable or no browser started
     */
    Outcome run(List<ScanJob> jobs, int slots) throws ScanFailedException {
        pending.addAll(jobs);
        int count = Math.min(slots, jobs.size());
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, count), slotThreads());
        List<Future<?>> futures = new ArrayList<>();
        try (SlotEngines shared = engines.forScan(count)) {
            for (int i = 0; i < count; i++) {
                futures.add(executor.submit(() -> slot(shared)));
            }
            executor.shutdown();
            awaitSlots(futures, run.request.timeout().plus(GRACE));
            executor.shutdownNow();
        }
        synchronized (this) {
            closed = true;
            ScanFailedException failed = failure;
            if (failed != null) {
                throw failed;
            }
            if (browserVersion == null) {
                BrowserStartException notStarted = startFailure;
                throw notStarted == null
                        ? new ScanFailedException(
                                ScanNote.of("failure.browser"), new IllegalStateException("no slot started"))
                        : new ScanFailedException(
                                ScanNote.of("failure.browser.because", String.valueOf(notStarted.getMessage())),
                                notStarted);
            }
            List<ScanProblem> all = new ArrayList<>(problems);
            for (ScanJob left : pending) {
                all.add(budgetProblem(left));
            }
            for (ScanJob unfinished : running) {
                all.add(unfinishedProblem(unfinished.phase()));
                if (unfinished.thenWithdraw()) {
                    all.add(unfinishedProblem(Phase.WITHDRAW));
                }
            }
            return new Outcome(List.copyOf(records), all, browserVersion, userAgent == null ? "" : userAgent);
        }
    }

    /** One slot: starts its engine, then runs jobs until none is left or the scan failed; closes the engine. */
    private void slot(SlotEngines shared) {
        BrowserEngine engine;
        try {
            engine = shared.start();
        } catch (BrowserStartException | RuntimeException e) {
            synchronized (this) {
                if (startFailure == null) {
                    startFailure = e instanceof BrowserStartException b
                            ? b
                            : new BrowserStartException(String.valueOf(e.getMessage()), e);
                }
            }
            return;
        }
        try (engine) {
            synchronized (this) {
                if (browserVersion == null) {
                    browserVersion = engine.version();
                    userAgent = engine.userAgent(settings.device());
                }
            }
            PhaseRunner runner =
                    new PhaseRunner(engine, settings, run, BannerOperator.shipped(), new PageInstruments());
            ScanJob job;
            while (failure == null && !Thread.currentThread().isInterrupted() && (job = pending.poll()) != null) {
                if (!runOne(runner, job)) {
                    return;
                }
            }
        }
    }

    /** Runs one job; false when the slot should stop (the scan failed or was aborted). */
    private boolean runOne(PhaseRunner runner, ScanJob job) {
        if (run.overBudget()) {
            add(budgetProblem(job));
            return true;
        }
        synchronized (this) {
            running.add(job);
        }
        try {
            List<PhaseRecord> recorded = runner.run(job);
            synchronized (this) {
                if (!closed) {
                    records.addAll(recorded);
                }
            }
            return true;
        } catch (ScanFailedException e) {
            synchronized (this) {
                if (failure == null) {
                    failure = e;
                }
            }
            return false;
        } catch (ScanAbortedException e) {
            return false;
        } catch (BrowserStartException | RuntimeException e) {
            if (job.discovers()) {
                run.plan.complete(CrawlPlan.startOnly(run.startUrl));
            }
            add(ScanProblem.of(
                    job.phase(),
                    run.startUrl,
                    "browser",
                    ScanNote.of("problem.phase.aborted", EvidenceScreenshots.firstLine(e.getMessage()))));
            return true;
        } finally {
            synchronized (this) {
                running.remove(job);
            }
        }
    }

    private synchronized void add(ScanProblem problem) {
        if (!closed) {
            problems.add(problem);
        }
    }

    private ScanProblem budgetProblem(ScanJob job) {
        return ScanProblem.of(job.phase(), run.startUrl, "budget", ScanNote.of("problem.budget.phase"));
    }

    private ScanProblem unfinishedProblem(Phase phase) {
        return ScanProblem.of(phase, run.startUrl, "budget", ScanNote.of("problem.phase.unfinished"));
    }

    private static void awaitSlots(List<Future<?>> futures, Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        for (Future<?> future : futures) {
            try {
                future.get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return;
            } catch (ExecutionException e) {
                // a slot catches what its jobs throw; anything else ended only that slot
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static ThreadFactory slotThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "cookiekeur-scan-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
