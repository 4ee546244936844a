package nl.cookiekeur.scanner;

import java.time.Duration;

/**
 * The bounds of a scan's waits and sizes.
 *
 * @param quietWindow how long the network, the cookie jar and the page's short timers must stay still
 *     before a page counts as settled while the page's timer probe cannot be read
 * @param doneWindow the same once the page's timer probe answers (no short timer of the page is pending within
 *     the wait's budget): the probe covers delayed scripts, so the window only has to bridge one request to the
 *     next; equal to {@code quietWindow} it turns the early end off (the fixed quiet period, to compare)
 * @param settleCap the longest one wait for a settled page may take
 * @param pageCap the longest one page visit (load, waits, scroll, banner) may take
 * @param navigationTimeout the longest the browser may take to load a document
 * @param scrollPause the pause between two scroll steps
 * @param maxScrollSteps the most scroll steps per page
 * @param documentByteCap the largest document body read before loading is stopped
 * @param maxNavigations the most main-frame navigations one visit may cause before it counts as a redirect loop
 * @param maxScreenshots the most screenshots per scan
 */
public record ScanLimits(
        Duration quietWindow,
        Duration doneWindow,
        Duration settleCap,
        Duration pageCap,
        Duration navigationTimeout,
        Duration scrollPause,
        int maxScrollSteps,
        long documentByteCap,
        int maxNavigations,
        int maxScreenshots) {

    /**
     * The defaults: 500 ms quiet (200 ms once the page's timers are known to be done), 6 s per wait, 25 s per
     * page, 15 s per load, 10 MiB per document.
     */
    public static ScanLimits defaults() {
        return new ScanLimits(
                Duration.ofMillis(500),
                Duration.ofMillis(200),
                Duration.ofSeconds(6),
                Duration.ofSeconds(25),
                Duration.ofSeconds(15),
                Duration.ofMillis(120),
                15,
                10L * 1024 * 1024,
                8,
                80);
    }

    /** These limits with every settle wait asking for the full quiet window (the wait before issue 15's levers). */
    public ScanLimits fixedQuiet() {
        return new ScanLimits(
                quietWindow,
                quietWindow,
                settleCap,
                pageCap,
                navigationTimeout,
                scrollPause,
                maxScrollSteps,
                documentByteCap,
                maxNavigations,
                maxScreenshots);
    }
}
