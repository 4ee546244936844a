package nl.cookiekeur.scan;

/** Receives progress while a scan runs, for a live display; must be cheap and must not throw. */
@FunctionalInterface
public interface ScanProgress {

    /** Called at each step: a phase or page starts or ends, or counts change. */
    void update(ScanStep step);

    /** A progress receiver that ignores everything. */
    static ScanProgress silent() {
        return step -> {};
    }
}
