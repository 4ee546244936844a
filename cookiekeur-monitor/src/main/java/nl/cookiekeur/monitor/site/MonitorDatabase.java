package nl.cookiekeur.monitor.site;

import nl.cookiekeur.database.DatabaseException;
import nl.cookiekeur.database.DatabaseOpener;
import nl.cookiekeur.database.RelationalDatabase;
import nl.cookiekeur.monitoring.MonitorException;
import org.jspecify.annotations.Nullable;

/** Opens the shared database with the monitor's tables up to date. */
public final class MonitorDatabase {
    private MonitorDatabase() {}

    /**
     * Opens and migrates.
     *
     * @throws MonitorException with the database's Dutch message when it cannot be opened or migrated
     */
    public static RelationalDatabase open(DatabaseOpener opener, @Nullable String jdbcUrl) {
        try {
            RelationalDatabase database = opener.open(jdbcUrl);
            try {
                database.migrate("monitor", "classpath:nl/cookiekeur/monitor/db");
            } catch (DatabaseException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (DatabaseException e) {
            throw new MonitorException(
                    MonitorException.Reason.DATABASE,
                    e.getMessage() == null ? "De database voor de monitor is niet bereikbaar." : e.getMessage(),
                    e);
        }
    }

    /** A failure of the database while reading or writing, as a Dutch sentence. */
    public static MonitorException failed(RelationalDatabase database, String action, Exception e) {
        return new MonitorException(
                MonitorException.Reason.DATABASE,
                "De monitorgegevens in " + database.shownUrl() + " konden niet worden " + action + ": "
                        + e.getMessage(),
                e);
    }
}
