package nl.cookiekeur.store.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.database.DatabaseException;
import nl.cookiekeur.history.HistoryException;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.store.Database;
import org.jspecify.annotations.Nullable;

/** The scan history in a {@link Database}: one row per scan and one per cookie, tracker and finding. */
public final class JdbcScanHistory implements ScanHistory {

    private static final String COLUMNS = "number, site, start_url, scanned_at, worst, findings, cookies, trackers,"
            + " evidence_folder, report_folder, rules_version";
    private static final int MAX_KEY = 1024;
    private static final int IN_CHUNK = 500;

    private final Database database;

    private JdbcScanHistory(Database database) {
        this.database = database;
    }

    /** Opens the history in the database at the URL (embedded default when {@code null}) and migrates it. */
    public static JdbcScanHistory open(@Nullable String jdbcUrl) {
        try {
            Database database = Database.open(jdbcUrl);
            try {
                database.migrate("history", "classpath:nl/cookiekeur/store/history/db");
            } catch (DatabaseException e) {
                database.close();
                throw e;
            }
            return new JdbcScanHistory(database);
        } catch (DatabaseException e) {
            throw new HistoryException(
                    e.getMessage() == null ? "De scangeschiedenis is niet bereikbaar." : e.getMessage(), e);
        }
    }

    @Override
    public StoredScan save(ScanSnapshot snapshot) {
        StoredScan scan = snapshot.scan();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                long number = insertScan(connection, scan);
                insertItems(connection, number, snapshot.items());
                connection.commit();
                return withNumber(scan, number);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failed("opgeslagen", e);
        }
    }

    @Override
    public List<StoredScan> list(@Nullable String site, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM scan_history" + (site == null ? "" : " WHERE site = ?")
                + " ORDER BY number DESC";
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (site != null) {
                statement.setString(1, site);
            }
            statement.setMaxRows(limit);
            List<StoredScan> scans = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    scans.add(scan(rows));
                }
            }
            return scans;
        } catch (SQLException e) {
            throw failed("gelezen", e);
        }
    }

    @Override
    public List<StoredScan> recentPerSite(int perSite) {
        String sql = "SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS
                + ", ROW_NUMBER() OVER (PARTITION BY site ORDER BY number DESC) AS place FROM scan_history) recent"
                + " WHERE place <= ? ORDER BY site, number DESC";
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, Math.max(1, perSite));
            List<StoredScan> scans = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    scans.add(scan(rows));
                }
            }
            return scans;
        } catch (SQLException e) {
            throw failed("gelezen", e);
        }
    }

    @Override
    public Map<Long, List<HistoryItem>> items(Collection<Long> numbers, String kind) {
        Map<Long, List<HistoryItem>> items = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(numbers));
        try (Connection connection = database.connection()) {
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                String sql =
                        "SELECT number, kind, item_key, label FROM scan_history_item WHERE kind = ? AND number IN ("
                                + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                                + ") ORDER BY number, item_key";
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, kind);
                    for (int i = 0; i < chunk.size(); i++) {
                        statement.setLong(i + 2, chunk.get(i));
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            items.computeIfAbsent(rows.getLong(1), n -> new ArrayList<>())
                                    .add(new HistoryItem(rows.getString(2), rows.getString(3), rows.getString(4)));
                        }
                    }
                }
            }
            return items;
        } catch (SQLException e) {
            throw failed("gelezen", e);
        }
    }

    @Override
    public Optional<ScanSnapshot> find(long number) {
        try (Connection connection = database.connection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT " + COLUMNS + " FROM scan_history WHERE number = ?")) {
            statement.setLong(1, number);
            StoredScan scan;
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                scan = scan(rows);
            }
            return Optional.of(new ScanSnapshot(scan, items(connection, number)));
        } catch (SQLException e) {
            throw failed("gelezen", e);
        }
    }

    @Override
    public void close() {
        database.close();
    }

    private static long insertScan(Connection connection, StoredScan scan) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO scan_history (site, start_url, scanned_at, worst, findings, cookies, trackers,"
                        + " evidence_folder, report_folder, rules_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, cut(scan.site(), 255));
            statement.setString(2, cut(scan.startUrl(), 2048));
            statement.setObject(3, OffsetDateTime.ofInstant(scan.scannedAt(), ZoneOffset.UTC));
            statement.setString(4, scan.worst());
            statement.setInt(5, scan.findings());
            statement.setInt(6, scan.cookies());
            statement.setInt(7, scan.trackers());
            statement.setString(8, cut(scan.evidenceFolder(), 4096));
            statement.setString(9, cut(scan.reportFolder(), 4096));
            statement.setString(10, cut(scan.rulesVersion(), 64));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated scan number");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void insertItems(Connection connection, long number, List<HistoryItem> items) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO scan_history_item (number, kind, item_key, label) VALUES (?, ?, ?, ?)")) {
            Set<String> seen = new HashSet<>();
            for (HistoryItem item : items) {
                String key = cut(item.key(), MAX_KEY);
                if (!seen.add(item.kind() + "\u0000" + key)) {
                    continue;
                }
                statement.setLong(1, number);
                statement.setString(2, item.kind());
                statement.setString(3, key);
                statement.setString(4, cut(item.label(), MAX_KEY));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static List<HistoryItem> items(Connection connection, long number) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT kind, item_key, label FROM scan_history_item WHERE number = ? ORDER BY kind, item_key")) {
            statement.setLong(1, number);
            List<HistoryItem> items = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(new HistoryItem(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return items;
        }
    }

    private static StoredScan scan(ResultSet rows) throws SQLException {
        return new StoredScan(
                rows.getLong("number"),
                rows.getString("site"),
                rows.getString("start_url"),
                rows.getObject("scanned_at", OffsetDateTime.class).toInstant(),
                rows.getString("worst"),
                rows.getInt("findings"),
                rows.getInt("cookies"),
                rows.getInt("trackers"),
                rows.getString("evidence_folder"),
                rows.getString("report_folder"),
                rows.getString("rules_version"));
    }

    private static StoredScan withNumber(StoredScan scan, long number) {
        return new StoredScan(
                number,
                scan.site(),
                scan.startUrl(),
                scan.scannedAt(),
                scan.worst(),
                scan.findings(),
                scan.cookies(),
                scan.trackers(),
                scan.evidenceFolder(),
                scan.reportFolder(),
                scan.rulesVersion());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private HistoryException failed(String action, SQLException e) {
        return new HistoryException(
                "De scangeschiedenis in " + database.url().shown() + " kon niet worden " + action + ": "
                        + e.getMessage(),
                e);
    }
}
