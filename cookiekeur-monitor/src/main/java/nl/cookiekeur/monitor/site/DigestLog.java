package nl.cookiekeur.monitor.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.RunStatus;

/**
 * What a weekly digest reads and records: the owners' addresses, per site its open findings (latest completed
 * scan), the week's changes and failures, and one {@code monitor_digest} row per address and week.
 */
public final class DigestLog {
    /** At most this many changes of one site are listed in a digest. */
    public static final int MAX_CHANGES = 200;

    private DigestLog() {}

    /** The sites per alert e-mail address (addresses in order of first use). */
    public static Map<String, List<MonitoredSite>> owners(Connection connection) throws SQLException {
        Map<String, List<MonitoredSite>> owners = new LinkedHashMap<>();
        for (MonitoredSite site : SiteRows.all(connection)) {
            String email = site.site().alerts().email();
            if (email != null) {
                owners.computeIfAbsent(email, e -> new ArrayList<>()).add(site);
            }
        }
        return owners;
    }

    /** The severity labels of the findings still open after the site's latest completed scan. */
    public static List<String> openFindings(Connection connection, long siteId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT c.label FROM monitor_change c WHERE"
                + " c.kind = 'finding' AND c.status IN ('new', 'still-open') AND c.run_id = (SELECT MAX(r.id) FROM"
                + " monitor_run r WHERE r.site_id = ? AND r.status = ?)")) {
            statement.setLong(1, siteId);
            statement.setString(2, RunStatus.COMPLETED.code());
            return strings(statement);
        }
    }

    /**
     * The site's new and gone items since {@code since}, as {@code status kind key (label)} texts; a site's first
     * scan (its baseline) is left out.
     */
    public static List<String[]> changes(Connection connection, long siteId, Instant since) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT c.status, c.kind, c.item_key, c.label"
                + " FROM monitor_change c JOIN monitor_run r ON r.id = c.run_id WHERE r.site_id = ? AND"
                + " r.finished_at >= ? AND r.previous_scan_number IS NOT NULL AND c.status IN ('new', 'gone')"
                + " ORDER BY r.id, c.kind, c.item_key")) {
            statement.setLong(1, siteId);
            statement.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            statement.setMaxRows(MAX_CHANGES);
            List<String[]> changes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    changes.add(
                            new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)});
                }
            }
            return changes;
        }
    }

    /** The reasons of the site's scans that failed for good since {@code since}. */
    public static List<String> failures(Connection connection, long siteId, Instant since) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT failure FROM monitor_run WHERE"
                + " site_id = ? AND status = ? AND finished_at >= ? ORDER BY id")) {
            statement.setLong(1, siteId);
            statement.setString(2, RunStatus.FAILED.code());
            statement.setObject(3, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            return strings(statement);
        }
    }

    /** Claims the digest of an address for a week; {@code false} when it was claimed (sent) before. */
    public static boolean claim(Connection connection, String email, String week, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO monitor_digest (email, iso_week, delivered, detail, sent_at) VALUES (?, ?, ?, ?, ?)")) {
            statement.setString(1, email);
            statement.setString(2, week);
            statement.setBoolean(3, false);
            statement.setString(4, "sending");
            statement.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw e;
        }
    }

    /** Records how the delivery went. */
    public static void finish(Connection connection, String email, String week, boolean delivered, String detail)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE monitor_digest SET delivered = ?, detail = ? WHERE email = ? AND iso_week = ?")) {
            statement.setBoolean(1, delivered);
            statement.setString(2, detail.length() <= 1024 ? detail : detail.substring(0, 1024));
            statement.setString(3, email);
            statement.setString(4, week);
            statement.executeUpdate();
        }
    }

    private static List<String> strings(PreparedStatement statement) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String value = rows.getString(1);
                values.add(value == null ? "" : value);
            }
        }
        return values;
    }
}
