package nl.cookiekeur.monitoring;

import org.jspecify.annotations.Nullable;

/** Opens the monitored sites and starts workers, on the embedded database or the one at a JDBC URL. */
public interface MonitorPlatform {

    /**
     * Opens the monitored sites, creating their tables when needed.
     *
     * @throws MonitorException when the database cannot be opened
     */
    SiteRegistry sites(@Nullable String jdbcUrl);

    /**
     * Sends this week's digest to every alert e-mail address that has not had it yet (one e-mail per address and
     * ISO week, recorded before sending); the number of digests sent. Workers do this on their own once a week.
     *
     * @throws MonitorException when the database cannot be opened
     */
    int sendDigests(@Nullable String jdbcUrl, AlertSettings alerts);

    /**
     * Starts a worker that claims due rescans and runs them with {@code rescan}, reporting to {@code listener}.
     *
     * @throws MonitorException when the database cannot be opened
     */
    MonitorWorker startWorker(WorkerSettings settings, Rescan rescan, RunListener listener);
}
