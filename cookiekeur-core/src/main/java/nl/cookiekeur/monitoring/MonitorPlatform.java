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
     * Starts a worker that claims due rescans and runs them with {@code rescan}, reporting to {@code listener}.
     *
     * @throws MonitorException when the database cannot be opened
     */
    MonitorWorker startWorker(WorkerSettings settings, Rescan rescan, RunListener listener);
}
