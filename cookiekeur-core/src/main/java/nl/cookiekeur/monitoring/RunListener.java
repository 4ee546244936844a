package nl.cookiekeur.monitoring;

/** Hears about every rescan attempt as a worker records it (the command line prints a line); must not throw. */
@FunctionalInterface
public interface RunListener {

    /** A rescan attempt of the site ended. */
    void ended(MonitoredSite site, SiteRun run);

    /** A listener that ignores everything. */
    static RunListener silent() {
        return (site, run) -> {};
    }
}
