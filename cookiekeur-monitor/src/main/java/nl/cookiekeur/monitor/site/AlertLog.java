package nl.cookiekeur.monitor.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Which alerts were sent for which run ({@code monitor_alert}): one row per run and channel. */
public final class AlertLog {
    private AlertLog() {}

    /** Takes the right to send a run's alert on a channel; {@code false} when it was taken before. */
    public static boolean claim(Connection connection, long runId, String channel, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO monitor_alert (run_id, channel, delivered, detail, sent_at) VALUES (?, ?, ?, ?, ?)")) {
            statement.setLong(1, runId);
            statement.setString(2, channel);
            statement.setBoolean(3, false);
            statement.setString(4, "sending");
            statement.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // the primary key: claimed before
            }
            throw e;
        }
    }

    /** Records how the delivery went. */
    public static void finish(Connection connection, long runId, String channel, boolean delivered, String detail)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE monitor_alert SET delivered = ?, detail = ? WHERE run_id = ? AND channel = ?")) {
            statement.setBoolean(1, delivered);
            statement.setString(2, detail);
            statement.setLong(3, runId);
            statement.setString(4, channel);
            statement.executeUpdate();
        }
    }
}
