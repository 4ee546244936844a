package nl.cookiekeur.monitor.site;

import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.database.DatabaseOpener;
import nl.cookiekeur.database.RelationalDatabase;
import nl.cookiekeur.monitoring.Approval;
import nl.cookiekeur.monitoring.LivingStatement;
import nl.cookiekeur.monitoring.MonitorException;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.NewSite;
import nl.cookiekeur.monitoring.SiteChange;
import nl.cookiekeur.monitoring.SiteRegistry;
import nl.cookiekeur.monitoring.SiteRun;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/** The monitored sites in the shared database; adding one schedules its first rescan in the job table. */
public final class JdbcSiteRegistry implements SiteRegistry {
    private final RelationalDatabase database;
    private final Clock clock;

    private JdbcSiteRegistry(RelationalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Opens the registry in the database at the URL (embedded default when {@code null}). */
    public static JdbcSiteRegistry open(DatabaseOpener opener, @Nullable String jdbcUrl, Clock clock) {
        return new JdbcSiteRegistry(MonitorDatabase.open(opener, jdbcUrl), clock);
    }

    @Override
    public MonitoredSite add(NewSite site) {
        Instant now = clock.instant();
        try (Connection connection = database.connection()) {
            if (exists(connection, site.url().toString())) {
                throw new MonitorException(
                        MonitorException.Reason.DUPLICATE, "De site " + site.url() + " wordt al gevolgd.");
            }
            long id = insert(connection, site, now);
            SiteJobs.client(new PooledDataSource(database)).scheduleIfNotExists(SiteJobs.job(id, now), now);
            return new MonitoredSite(id, site, now);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                // added at the same moment by another process: the unique index on the URL decided
                throw new MonitorException(
                        MonitorException.Reason.DUPLICATE, "De site " + site.url() + " wordt al gevolgd.", e);
            }
            throw MonitorDatabase.failed(database, "opgeslagen", e);
        }
    }

    @Override
    public List<MonitoredSite> list() {
        try (Connection connection = database.connection()) {
            return SiteRows.all(connection);
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "gelezen", e);
        }
    }

    @Override
    public Optional<MonitoredSite> find(long id) {
        try (Connection connection = database.connection()) {
            return SiteRows.find(connection, id);
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "gelezen", e);
        }
    }

    @Override
    public boolean remove(long id) {
        try (Connection connection = database.connection()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM monitor_job WHERE" + " task_name = ? AND task_instance = ?")) {
                statement.setString(1, SiteJobs.TASK);
                statement.setString(2, Long.toString(id));
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM monitor_site WHERE id = ?")) {
                statement.setLong(1, id);
                return statement.executeUpdate() > 0;
            }
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "verwijderd", e);
        }
    }

    @Override
    public boolean rescanNow(long id) {
        if (find(id).isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        try {
            return SiteJobs.client(new PooledDataSource(database))
                    .reschedule(SiteJobs.id(id), now, SiteJobs.job(id, now).getData());
        } catch (TaskInstanceCurrentlyExecutingException | TaskInstanceNotFoundException e) {
            return false;
        }
    }

    @Override
    public List<SiteRun> runs(long siteId, int limit) {
        try (Connection connection = database.connection()) {
            return RunLog.runs(connection, siteId, Math.max(1, Math.min(limit, 10_000)));
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "gelezen", e);
        }
    }

    @Override
    public List<SiteChange> changes(long runId) {
        try (Connection connection = database.connection()) {
            return RunLog.changes(connection, runId);
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "gelezen", e);
        }
    }

    @Override
    public Optional<LivingStatement> statement(long siteId, Language language) {
        try (Connection connection = database.connection()) {
            Optional<MonitoredSite> site = SiteRows.find(connection, siteId);
            return site.isEmpty() ? Optional.empty() : StatementLog.statement(connection, site.get(), language);
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "gelezen", e);
        }
    }

    @Override
    public int approve(long siteId, Approval approval) {
        try (Connection connection = database.connection()) {
            return StatementLog.approve(connection, siteId, approval, clock.instant());
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "opgeslagen", e);
        }
    }

    @Override
    public void close() {
        database.close();
    }

    private static boolean exists(Connection connection, String url) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT COUNT(*) FROM monitor_site WHERE url = ?")) {
            statement.setString(1, url);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    private static long insert(Connection connection, NewSite site, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO monitor_site (url, host, every, pages, host_rules, ignore_https_errors, added_at,"
                        + " alert_email, alert_webhook) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, site.url().toString());
            statement.setString(2, site.url().host());
            statement.setString(3, site.every().code());
            statement.setInt(4, site.pages());
            statement.setString(5, site.hostRules());
            statement.setBoolean(6, site.ignoreHttpsErrors());
            statement.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.setString(8, site.alerts().email());
            statement.setString(
                    9,
                    site.alerts().webhook() == null
                            ? null
                            : String.valueOf(site.alerts().webhook()));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated site number");
                }
                return keys.getLong(1);
            }
        }
    }
}
