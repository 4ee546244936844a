package nl.cookiekeur.scan;

/**
 * A {@link SiteScanner} for long-running processes (a monitor worker): it keeps its browser between scans, so a scan
 * starts no process, and may run several scans at once. Close it when the process stops; closing never throws.
 */
public interface ReusingSiteScanner extends SiteScanner, AutoCloseable {

    @Override
    void close();
}
