package nl.cookiekeur.monitoring;

/** A running worker: it claims due rescans from the job engine until it is closed. */
public interface MonitorWorker extends AutoCloseable {

    /** Its name in the job table. */
    String name();

    /** The database as shown to users (never with a password). */
    String database();

    /** Whether no scan is due now, none is running (here or elsewhere) and no failed one waits for a retry. */
    boolean idle();

    /** Stops claiming and waits a bounded time for running scans; an unfinished one is taken over later. */
    @Override
    void close();
}
