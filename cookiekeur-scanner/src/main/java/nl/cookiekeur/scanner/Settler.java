package nl.cookiekeur.scanner;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.function.BooleanSupplier;
import nl.cookiekeur.scanner.browser.PageProbe;
import nl.cookiekeur.scanner.browser.QuietProbe;
import nl.cookiekeur.scanner.network.CookieJar;
import nl.cookiekeur.scanner.network.CookieTracker;

/**
 * Adaptive waiting: a page is settled when, for the quiet window, no request started or ended (requests
 * older than a few seconds, such as long polls, are ignored), the cookie jar did not change, and no short
 * timer of the page is still pending; each wait has a hard cap. Once the page's timer probe answers that no
 * short timer is pending, the shorter done window applies ({@link ScanLimits#doneWindow()}): the wait ends when
 * the page is done rather than after a fixed quiet period. Also scrolls like a reader, in steps to the
 * bottom, so scroll-triggered scripts run.
 */
final class Settler {
    private static final long POLL_MILLIS = 250;
    private static final long JAR_EVERY_MILLIS = 500;
    private static final long LONG_REQUEST_NANOS = 3_000_000_000L;

    private final ScanLimits limits;
    private final CookieTracker tracker;

    Settler(ScanLimits limits, CookieTracker tracker) {
        this.limits = limits;
        this.tracker = tracker;
    }

    /**
     * Waits until the tab is settled, the wait cap passed, or {@code deadlineNanos} (System.nanoTime) came;
     * returns whether it settled. Reads the cookie jar along the way, so first sightings are timed.
     */
    boolean settle(TabSession tab, String pageUrl, long deadlineNanos) {
        return settle(tab, pageUrl, deadlineNanos, () -> false);
    }

    /**
     * As {@link #settle(TabSession, String, long)}, but also ends, as settled, as soon as {@code enough} says so
     * (checked once per poll, after the cookie jar was read): a choice phase stops waiting once the banner shows.
     */
    boolean settle(TabSession tab, String pageUrl, long deadlineNanos, BooleanSupplier enough) {
        long start = System.nanoTime();
        long end = Math.min(deadlineNanos, start + limits.settleCap().toNanos());
        long fullWindow = limits.quietWindow().toNanos();
        long doneWindow = Math.min(fullWindow, limits.doneWindow().toNanos());
        long lastJar = 0;
        Page page = tab.page();
        while (true) {
            long now = System.nanoTime();
            if (now - lastJar >= JAR_EVERY_MILLIS * 1_000_000) {
                tracker.observe(CookieJar.read(tab.recorder().pageSession()), pageUrl);
                lastJar = now;
            }
            long timers = QuietProbe.pendingTimerMillis(page);
            boolean timersDone = timers <= 0 || now + timers * 1_000_000 > end;
            // the probe answered, so no delayed script is left to wait for: a short window bridges request chains
            long window = timers >= 0 && timersDone ? doneWindow : fullWindow;
            boolean networkQuiet = tab.recorder().pendingYoungRequests(LONG_REQUEST_NANOS) == 0
                    && now - tab.recorder().lastActivityNanos() >= window;
            if (timersDone && networkQuiet && now - start >= window) {
                // read the jar once more right before deciding, so a cookie set a moment ago keeps the page busy
                tracker.observe(CookieJar.read(tab.recorder().pageSession()), pageUrl);
                lastJar = System.nanoTime();
            }
            boolean jarQuiet = System.nanoTime() - tracker.lastChangeNanos() >= window;
            if (timersDone && networkQuiet && jarQuiet && now - start >= window) {
                return true;
            }
            if (now >= end || page.isClosed() || tab.navigations() > limits.maxNavigations()) {
                return false;
            }
            if (enough.getAsBoolean()) {
                tracker.observe(CookieJar.read(tab.recorder().pageSession()), pageUrl);
                return true;
            }
            try {
                page.waitForTimeout((double) POLL_MILLIS);
            } catch (PlaywrightException e) {
                return false;
            }
        }
    }

    /** Scrolls down in steps of most of a screen until the bottom, the step limit or the deadline; never throws. */
    void scroll(TabSession tab, long deadlineNanos) {
        Page page = tab.page();
        try {
            for (int step = 0; step < limits.maxScrollSteps() && System.nanoTime() < deadlineNanos; step++) {
                // One step down; true when the bottom was already reached, null when the page does not answer.
                Object bottom = PageProbe.value(
                        page,
                        "(() => { const s = document.scrollingElement || document.documentElement;"
                                + " if (!s || s.scrollTop + window.innerHeight >= s.scrollHeight - 2) return true;"
                                + " window.scrollBy({ top: Math.round(window.innerHeight * 0.8), behavior: 'instant' });"
                                + " return false; })()",
                        1000);
                if (!Boolean.FALSE.equals(bottom)) {
                    return;
                }
                page.waitForTimeout((double) limits.scrollPause().toMillis());
            }
        } catch (PlaywrightException e) {
            // the page navigated away or crashed while scrolling: the visit goes on without it
        }
    }

    /** Scrolls back to the top (for screenshots); never throws. */
    static void toTop(Page page) {
        PageProbe.value(page, "window.scrollTo(0, 0)", 1000);
    }
}
