package nl.cookiekeur.scanner;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.scan.ScanActivity;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.scan.ScanStep;
import nl.cookiekeur.scanner.crawl.CrawlPlan;
import org.jspecify.annotations.Nullable;

/** The state shared by the workers of one scan: request, deadline, crawl plan, progress, counters. */
final class ScanRun {
    final ScanRequest request;
    final ScanLimits limits;
    final String startUrl;
    final String site;
    final long deadlineNanos;
    final Path evidenceDir;
    final AtomicInteger screenshots = new AtomicInteger();
    final CompletableFuture<CrawlPlan> plan = new CompletableFuture<>();
    private final ScanProgress progress;

    ScanRun(ScanRequest request, ScanLimits limits, ScanProgress progress) {
        this.request = request;
        this.limits = limits;
        this.progress = progress;
        this.startUrl = request.url().toString();
        this.site = request.url().site();
        this.deadlineNanos = System.nanoTime() + request.timeout().toNanos();
        this.evidenceDir = request.evidenceDir();
    }

    /** Whether the scan's time budget is spent. */
    boolean overBudget() {
        return System.nanoTime() >= deadlineNanos;
    }

    /** The deadline for a page visit starting now. */
    long pageDeadline() {
        return Math.min(deadlineNanos, System.nanoTime() + limits.pageCap().toNanos());
    }

    /** Waits for the crawl plan (bounded by the scan's deadline); the start page only when none comes. */
    CrawlPlan awaitPlan() throws ScanAbortedException {
        long left = Math.max(0, deadlineNanos - System.nanoTime());
        try {
            return plan.get(left, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new ScanAbortedException();
        } catch (TimeoutException e) {
            return CrawlPlan.startOnly(startUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanAbortedException();
        }
    }

    void step(
            Phase phase,
            int page,
            int pages,
            String url,
            ScanActivity activity,
            int cookies,
            int storage,
            int requests,
            int thirdParties) {
        try {
            progress.update(new ScanStep(phase, page, pages, url, activity, cookies, storage, requests, thirdParties));
        } catch (RuntimeException e) {
            // a progress display must never end a scan
        }
    }

    /** Thrown inside a worker when the scan as a whole has failed and the job should stop. */
    static final class ScanAbortedException extends Exception {
        private static final long serialVersionUID = 1L;

        ScanAbortedException() {
            super("scan aborted", null, false, false);
        }
    }

    static @Nullable String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
