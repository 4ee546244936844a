package nl.cookiekeur.monitor.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.database.RelationalDatabase;
import nl.cookiekeur.monitor.site.MonitorDatabase;
import nl.cookiekeur.monitor.site.RunLog;
import nl.cookiekeur.monitor.site.SiteRows;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.RunListener;
import nl.cookiekeur.monitoring.SiteChange;
import nl.cookiekeur.monitoring.SiteRun;
import nl.cookiekeur.report.StatementLine;
import nl.cookiekeur.text.Language;

/** The worker's access to the monitor's tables: the site of a job, whether its due scan is done, the record. */
final class RunRecorder {
    private final RelationalDatabase database;
    private final RunListener listener;

    RunRecorder(RelationalDatabase database, RunListener listener) {
        this.database = database;
        this.listener = listener;
    }

    Optional<MonitoredSite> site(long id) {
        try (Connection connection = database.connection()) {
            return SiteRows.find(connection, id);
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "gelezen", e);
        }
    }

    boolean completed(long siteId, Instant dueAt) {
        try (Connection connection = database.connection()) {
            return RunLog.completed(connection, siteId, dueAt);
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "gelezen", e);
        }
    }

    SiteRun record(MonitoredSite site, SiteRun run, List<SiteChange> changes) {
        return record(site, run, changes, Map.of());
    }

    SiteRun record(
            MonitoredSite site, SiteRun run, List<SiteChange> changes, Map<Language, List<StatementLine>> statement) {
        SiteRun recorded;
        try (Connection connection = database.connection()) {
            recorded = RunLog.record(connection, run, changes, statement);
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "opgeslagen", e);
        }
        try {
            listener.ended(site, recorded);
        } catch (RuntimeException e) {
            // a listener only prints; the run is recorded
        }
        return recorded;
    }
}
