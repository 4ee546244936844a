package nl.cookiekeur.monitor.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.monitoring.Approval;
import nl.cookiekeur.monitoring.LivingStatement;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.RunStatus;
import nl.cookiekeur.report.StatementLine;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * The living statement's tables: each completed run's statement lines per language ({@code monitor_statement_item})
 * and what the owner approved per site ({@code monitor_statement_approval}).
 */
public final class StatementLog {
    /** At most this many lines per run and language are kept (a statement longer than that is cut). */
    static final int MAX_LINES = 2000;

    private static final int MAX_KEY = 1100;

    private StatementLog() {}

    /** Keeps a run's lines (inside the caller's transaction). */
    static void insert(Connection connection, long runId, Map<Language, List<StatementLine>> statement)
            throws SQLException {
        if (statement.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO monitor_statement_item (run_id, lang,"
                + " item_key, line_no, kind, item_name, location, item_type, provider, category, category_name,"
                + " purpose, retention, party) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Language, List<StatementLine>> entry : statement.entrySet()) {
                Set<String> seen = new HashSet<>();
                int number = 0;
                for (StatementLine line : entry.getValue()) {
                    String key = cut(line.key(), MAX_KEY);
                    if (number >= MAX_LINES || !seen.add(key)) {
                        continue;
                    }
                    insert.setLong(1, runId);
                    insert.setString(2, entry.getKey().code());
                    insert.setString(3, key);
                    insert.setInt(4, number++);
                    insert.setString(5, cut(line.kind(), 16));
                    insert.setString(6, cut(line.name(), 512));
                    insert.setString(7, cut(line.where(), 512));
                    insert.setString(8, cut(line.type(), 64));
                    insert.setString(9, cut(line.provider(), 512));
                    insert.setString(10, cut(line.category(), 32));
                    insert.setString(11, cut(line.categoryName(), 128));
                    insert.setString(12, cut(line.purpose(), 1024));
                    insert.setString(13, cut(line.retention(), 256));
                    insert.setString(14, cut(line.party(), 64));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The statement of the site's latest completed run, split into approved and pending items. */
    static Optional<LivingStatement> statement(Connection connection, MonitoredSite site, Language language)
            throws SQLException {
        Optional<LatestRun> latest = latest(connection, site.id());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String[]> approved = approvals(connection, site.id());
        List<StatementLine> published = new ArrayList<>();
        List<StatementLine> pending = new ArrayList<>();
        for (Map.Entry<String, StatementLine> line :
                lines(connection, latest.get().runId(), language).entrySet()) {
            String[] descriptions = approved.get(line.getKey());
            if (descriptions == null) {
                pending.add(line.getValue());
            } else {
                published.add(line.getValue().describedAs(descriptions[language == Language.DUTCH ? 0 : 1]));
            }
        }
        return Optional.of(new LivingStatement(
                site, language, latest.get().scanNumber(), latest.get().finishedAt(), published, pending));
    }

    /** Approves the matching items of the latest statement; how many. */
    static int approve(Connection connection, long siteId, Approval approval, Instant now) throws SQLException {
        Optional<LatestRun> latest = latest(connection, siteId);
        if (latest.isEmpty()) {
            return 0;
        }
        Map<String, StatementLine> dutch = lines(connection, latest.get().runId(), Language.DUTCH);
        Map<String, StatementLine> english = lines(connection, latest.get().runId(), Language.ENGLISH);
        Map<String, String[]> approved = approvals(connection, siteId);
        int count = 0;
        connection.setAutoCommit(false);
        try {
            for (Map.Entry<String, StatementLine> entry : dutch.entrySet()) {
                String key = entry.getKey();
                if (!matches(approval.item(), key, entry.getValue(), approved.containsKey(key))) {
                    continue;
                }
                StatementLine inEnglish = english.get(key);
                String nl = approval.dutch() == null ? entry.getValue().purpose() : approval.dutch();
                String en = approval.english() != null
                        ? approval.english()
                        : inEnglish == null ? entry.getValue().purpose() : inEnglish.purpose();
                upsert(connection, siteId, key, nl, en, now);
                count++;
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        return count;
    }

    /** All pending items when no item is named; else the item by name, {@code name@domain} or full key. */
    private static boolean matches(@Nullable String item, String key, StatementLine line, boolean approved) {
        if (item == null) {
            return !approved;
        }
        String wanted = item.strip();
        return wanted.equals(line.name()) || wanted.equals(key) || key.endsWith(":" + wanted);
    }

    private static void upsert(Connection connection, long siteId, String key, String nl, String en, Instant now)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM monitor_statement_approval WHERE site_id = ? AND item_key = ?")) {
            delete.setLong(1, siteId);
            delete.setString(2, key);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO monitor_statement_approval"
                + " (site_id, item_key, description_nl, description_en, approved_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, siteId);
            insert.setString(2, key);
            insert.setString(3, cut(nl, 1024));
            insert.setString(4, cut(en, 1024));
            insert.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static Optional<LatestRun> latest(Connection connection, long siteId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, scan_number, finished_at FROM"
                + " monitor_run WHERE site_id = ? AND status = ? AND scan_number IS NOT NULL ORDER BY id DESC")) {
            statement.setLong(1, siteId);
            statement.setString(2, RunStatus.COMPLETED.code());
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new LatestRun(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant()));
            }
        }
    }

    private static Map<String, StatementLine> lines(Connection connection, long runId, Language language)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT item_key, kind, item_name, location,"
                + " item_type, provider, category, category_name, purpose, retention, party FROM"
                + " monitor_statement_item WHERE run_id = ? AND lang = ? ORDER BY line_no")) {
            statement.setLong(1, runId);
            statement.setString(2, language.code());
            Map<String, StatementLine> lines = new java.util.LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.put(
                            rows.getString(1),
                            new StatementLine(
                                    rows.getString(2),
                                    rows.getString(3),
                                    rows.getString(4),
                                    rows.getString(5),
                                    rows.getString(6),
                                    rows.getString(7),
                                    rows.getString(8),
                                    rows.getString(9),
                                    rows.getString(10),
                                    rows.getString(11)));
                }
            }
            return lines;
        }
    }

    private static Map<String, String[]> approvals(Connection connection, long siteId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT item_key, description_nl,"
                + " description_en FROM monitor_statement_approval WHERE site_id = ?")) {
            statement.setLong(1, siteId);
            Map<String, String[]> approved = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    approved.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
                }
            }
            return approved;
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private record LatestRun(long runId, long scanNumber, Instant finishedAt) {}
}
