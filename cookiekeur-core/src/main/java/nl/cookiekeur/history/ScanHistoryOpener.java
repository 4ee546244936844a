package nl.cookiekeur.history;

import org.jspecify.annotations.Nullable;

/** Opens the scan history: the embedded default database, or the one at a JDBC URL. */
@FunctionalInterface
public interface ScanHistoryOpener {

    /**
     * Opens the history, creating or migrating its tables when needed.
     *
     * @param jdbcUrl a JDBC URL such as {@code jdbc:postgresql://127.0.0.1:5432/test}, or {@code null} for the
     *     embedded default
     * @throws HistoryException when it cannot be opened (with a complete Dutch sentence)
     */
    ScanHistory open(@Nullable String jdbcUrl) throws HistoryException;
}
