package nl.cookiekeur.monitor.site;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.monitoring.AlertTargets;
import nl.cookiekeur.monitoring.Frequency;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.NewSite;
import nl.cookiekeur.site.WebUrl;
import org.jspecify.annotations.Nullable;

/** Reads monitored sites from {@code monitor_site}. */
public final class SiteRows {
    private static final String SELECT =
            "SELECT id, url, every, pages, host_rules, ignore_https_errors, alert_email, alert_webhook, added_at"
                    + " FROM monitor_site";

    private SiteRows() {}

    /** All sites, oldest first. */
    static List<MonitoredSite> all(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + " ORDER BY id")) {
            return read(statement);
        }
    }

    /** The site with this number. */
    public static Optional<MonitoredSite> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE id = ?")) {
            statement.setLong(1, id);
            return read(statement).stream().findFirst();
        }
    }

    private static AlertTargets alerts(ResultSet rows) throws SQLException {
        @Nullable String webhook = rows.getString("alert_webhook");
        return new AlertTargets(rows.getString("alert_email"), webhook == null ? null : URI.create(webhook));
    }

    private static List<MonitoredSite> read(PreparedStatement statement) throws SQLException {
        List<MonitoredSite> sites = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                @Nullable String hostRules = rows.getString("host_rules");
                NewSite site = new NewSite(
                        WebUrl.parse(rows.getString("url"))
                                .orElseThrow(() -> new SQLException("stored URL is not a web address")),
                        Frequency.fromCode(rows.getString("every"))
                                .orElseThrow(() -> new SQLException("stored frequency unknown")),
                        rows.getInt("pages"),
                        hostRules,
                        rows.getBoolean("ignore_https_errors"),
                        alerts(rows));
                sites.add(new MonitoredSite(
                        rows.getLong("id"),
                        site,
                        rows.getObject("added_at", OffsetDateTime.class).toInstant()));
            }
        }
        return sites;
    }
}
