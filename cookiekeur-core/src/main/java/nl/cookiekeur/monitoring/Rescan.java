package nl.cookiekeur.monitoring;

/** Scans a monitored site once, keeps the scan in its history and compares it with the one before. */
@FunctionalInterface
public interface Rescan {

    /**
     * Rescans the site.
     *
     * @throws nl.cookiekeur.CookiekeurException (or another runtime exception) when the scan failed; the engine
     *     retries it
     */
    RescanOutcome rescan(MonitoredSite site);
}
