package nl.cookiekeur.monitor.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.monitoring.ChangeStatus;
import nl.cookiekeur.monitoring.RunStatus;
import nl.cookiekeur.monitoring.SiteChange;
import nl.cookiekeur.monitoring.SiteRun;
import nl.cookiekeur.report.StatementLine;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/** The rescan attempts ({@code monitor_run}) and the changes of completed ones ({@code monitor_change}). */
public final class RunLog {
    private static final int MAX_TEXT = 1024;

    private RunLog() {}

    /** Records an attempt with its changes in one transaction and returns it with its number. */
    public static SiteRun record(Connection connection, SiteRun run, List<SiteChange> changes) throws SQLException {
        return record(connection, run, changes, Map.of());
    }

    /** Records an attempt with its changes and its statement lines in one transaction. */
    public static SiteRun record(
            Connection connection, SiteRun run, List<SiteChange> changes, Map<Language, List<StatementLine>> statement)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            long id = insertRun(connection, run);
            insertChanges(connection, id, changes);
            StatementLog.insert(connection, id, statement);
            connection.commit();
            return new SiteRun(
                    id,
                    run.siteId(),
                    run.dueAt(),
                    run.finishedAt(),
                    run.status(),
                    run.attempt(),
                    run.worker(),
                    run.scanNumber(),
                    run.previousScanNumber(),
                    run.failure());
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Whether the regular scan due at {@code dueAt} has completed already (a worker died after recording it). */
    public static boolean completed(Connection connection, long siteId, Instant dueAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM monitor_run WHERE site_id = ? AND due_at = ? AND status = ?")) {
            statement.setLong(1, siteId);
            statement.setObject(2, utc(dueAt));
            statement.setString(3, RunStatus.COMPLETED.code());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    /** A site's attempts, newest first. */
    static List<SiteRun> runs(Connection connection, long siteId, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, site_id, due_at, finished_at, status, attempt, worker, scan_number, previous_scan_number,"
                        + " failure FROM monitor_run WHERE site_id = ? ORDER BY id DESC")) {
            statement.setLong(1, siteId);
            statement.setMaxRows(limit);
            List<SiteRun> runs = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    runs.add(new SiteRun(
                            rows.getLong("id"),
                            rows.getLong("site_id"),
                            instant(rows, "due_at"),
                            instant(rows, "finished_at"),
                            RunStatus.fromCode(rows.getString("status")),
                            rows.getInt("attempt"),
                            rows.getString("worker"),
                            nullableLong(rows, "scan_number"),
                            nullableLong(rows, "previous_scan_number"),
                            rows.getString("failure")));
                }
            }
            return runs;
        }
    }

    /** The changes a run recorded, by kind and key. */
    static List<SiteChange> changes(Connection connection, long runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT kind, item_key, label, status FROM monitor_change WHERE run_id = ? ORDER BY kind, item_key")) {
            statement.setLong(1, runId);
            List<SiteChange> changes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    changes.add(new SiteChange(
                            new HistoryItem(rows.getString(1), rows.getString(2), rows.getString(3)),
                            ChangeStatus.fromCode(rows.getString(4))));
                }
            }
            return changes;
        }
    }

    private static long insertRun(Connection connection, SiteRun run) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO monitor_run (site_id, due_at, finished_at, status, attempt, worker, scan_number,"
                        + " previous_scan_number, failure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, run.siteId());
            statement.setObject(2, utc(run.dueAt()));
            statement.setObject(3, utc(run.finishedAt()));
            statement.setString(4, run.status().code());
            statement.setInt(5, run.attempt());
            statement.setString(6, cut(run.worker(), 255));
            setLong(statement, 7, run.scanNumber());
            setLong(statement, 8, run.previousScanNumber());
            @Nullable String failure = run.failure();
            statement.setString(9, failure == null ? null : cut(failure, 2048));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated run number");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void insertChanges(Connection connection, long runId, List<SiteChange> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO monitor_change (run_id, kind, item_key, label, status) VALUES (?, ?, ?, ?, ?)")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (SiteChange change : changes) {
                String key = cut(change.item().key(), MAX_TEXT);
                if (!seen.add(change.item().kind() + "\u0000" + key)) {
                    continue;
                }
                statement.setLong(1, runId);
                statement.setString(2, change.item().kind());
                statement.setString(3, key);
                statement.setString(4, cut(change.item().label(), MAX_TEXT));
                statement.setString(5, change.status().code());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Long nullableLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static void setLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
