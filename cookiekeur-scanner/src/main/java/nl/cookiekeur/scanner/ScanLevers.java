package nl.cookiekeur.scanner;

import nl.cookiekeur.scanner.browser.Isolation;
import nl.cookiekeur.scanner.browser.SlotSharing;

/**
 * The speed levers of issue 15 (item 5), each switchable so a benchmark can show its effect: how a phase gets
 * fresh browser state, whether the slots of a scan share one Chromium, and whether settle waits end when the
 * page is done or after the full quiet period. {@link #defaults()} is what {@code cookiekeur scan} and
 * {@code cookiekeur worker} use.
 *
 * @param isolation a fresh context per phase, or a fresh Chromium per phase
 * @param sharing one Chromium for all slots of a scan, or one per slot (only with a context per phase)
 * @param waitsEndWhenDone whether settle waits end once the page's timers are done and its network is idle for
 *     the short window, instead of always asking for the full quiet window
 * @param keptForScans with a context per phase: how many scans the scanner keeps a slot's driver for (restarted
 *     after that many; the shared Chromium after five times as many); 0 starts driver and Chromium for every scan.
 *     For long-running scanners that close it when they stop ({@code cookiekeur worker}); off for one-off scans
 * @param withdrawOnAcceptedPage for a scan of the start page only: the withdraw phase goes on in the accept phase's
 *     profile, on the page where everything was just accepted, instead of loading the page and accepting again in
 *     a fresh profile (one page load and one choice less per scan)
 */
public record ScanLevers(
        Isolation isolation,
        SlotSharing sharing,
        boolean waitsEndWhenDone,
        int keptForScans,
        boolean withdrawOnAcceptedPage) {

    public ScanLevers {
        if (keptForScans < 0 || keptForScans > 1000) {
            throw new IllegalArgumentException("keptForScans must be 0 to 1000: " + keptForScans);
        }
    }

    /** The levers with nothing kept across scans, and the withdraw phase on the accepted page. */
    public ScanLevers(Isolation isolation, SlotSharing sharing, boolean waitsEndWhenDone) {
        this(isolation, sharing, waitsEndWhenDone, 0, true);
    }

    /** These levers with the slots' drivers kept for {@code scans} scans, attached to a kept Chromium. */
    public ScanLevers keepingChromium(int scans) {
        return new ScanLevers(isolation, sharing, waitsEndWhenDone, scans, withdrawOnAcceptedPage);
    }

    /** These levers with the withdraw phase in a fresh profile of its own, as before this lever. */
    public ScanLevers withdrawingInFreshProfile() {
        return new ScanLevers(isolation, sharing, waitsEndWhenDone, keptForScans, false);
    }

    /**
     * Every lever on: a context per phase, one Chromium per scan, waits that end when the page is done, the withdraw
     * phase on the accepted page.
     */
    public static ScanLevers defaults() {
        return new ScanLevers(Isolation.CONTEXT_PER_PHASE, SlotSharing.ONE_BROWSER, true);
    }

    /** How many scans a worker keeps a slot's driver for ({@link #worker()}). */
    public static final int WORKER_KEPT_SCANS = 20;

    /**
     * What {@code cookiekeur worker} uses: every lever on, and drivers and Chromium kept across scans, so a scan
     * starts no process.
     */
    public static ScanLevers worker() {
        return defaults().keepingChromium(WORKER_KEPT_SCANS);
    }

    /** The engine before the levers: a Chromium per phase, one per slot, fixed quiet periods, withdraw afresh. */
    public static ScanLevers none() {
        return new ScanLevers(Isolation.BROWSER_PER_PHASE, SlotSharing.BROWSER_PER_SLOT, false, 0, false);
    }

    /**
     * A short name for benchmark output with {@code slots} browser slots, such as {@code context/phase, one
     * browser/scan, waits end when done, withdraw on the accepted page}; sharing shows only where it applies (a
     * context per phase, two or more slots).
     */
    public String describe(int slots) {
        String phase = isolation == Isolation.CONTEXT_PER_PHASE ? "context/phase" : "browser/phase";
        boolean kept = keptForScans > 0 && isolation == Isolation.CONTEXT_PER_PHASE;
        String shared = isolation == Isolation.BROWSER_PER_PHASE || slots < 2 || kept
                ? null
                : sharing == SlotSharing.ONE_BROWSER ? "one browser/scan" : "browser/slot";
        String waits = waitsEndWhenDone ? "waits end when done" : "fixed quiet waits";
        String described = shared == null ? phase + ", " + waits : String.join(", ", phase, shared, waits);
        if (withdrawOnAcceptedPage) {
            described += ", withdraw on the accepted page";
        }
        return kept ? described + ", browser kept across scans (driver " + keptForScans + " scans)" : described;
    }
}
