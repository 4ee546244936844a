package nl.cookiekeur.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The SQL that reads the ledger's tables (the same statements on H2 and PostgreSQL). */
final class LedgerTables {
    private static final String RECORD_COLUMNS = "site_id, seq, record_id, consent_id, received_at, config_version,"
            + " shown_hash, language, action, choices, gpc, ua_family, prev_hash, hash";

    private LedgerTables() {}

    static ChainHead head(Connection c, String siteId) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT seq, hash FROM consent_chain_head WHERE site_id = ?")) {
            select.setString(1, siteId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? new ChainHead(rows.getLong(1), rows.getString(2)) : ChainHead.EMPTY;
            }
        }
    }

    static Checkpoint checkpoint(Connection c, String siteId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT through_seq, through_hash, purged_count, purged_at,"
                + " checkpoint_hash FROM consent_checkpoint WHERE site_id = ? ORDER BY through_seq DESC LIMIT 1")) {
            select.setString(1, siteId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? new Checkpoint(
                                rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getString(5))
                        : Checkpoint.NONE;
            }
        }
    }

    /** Feeds every record of a site to the consumer in sequence order, reading in pages. */
    static long forEachRecord(Connection c, String siteId, Consumer<ConsentRecord> consumer) throws SQLException {
        long count = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            int page = 0;
            try (PreparedStatement select = c.prepareStatement("SELECT " + RECORD_COLUMNS
                    + " FROM consent_record WHERE site_id = ? AND seq > ? ORDER BY seq LIMIT 5000")) {
                select.setString(1, siteId);
                select.setLong(2, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ConsentRecord record = record(rows);
                        consumer.accept(record);
                        after = record.seq();
                        page++;
                    }
                }
            }
            count += page;
            if (page < 5000) {
                return count;
            }
        }
    }

    static long countRecords(Connection c, String siteId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM consent_record WHERE site_id = ?")) {
            select.setString(1, siteId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static Optional<String> config(Connection c, String siteId, String version) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT content FROM consent_config WHERE site_id = ? AND version = ?")) {
            select.setString(1, siteId);
            select.setString(2, version);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The version a site's banner shows now, straight from the site table (even when its archive row is gone). */
    static Optional<String> currentVersion(Connection c, String siteId) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT current_version FROM consent_site WHERE site_id = ?")) {
            select.setString(1, siteId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The current version, its publication time and the site's retention policy. */
    record SiteRow(String currentVersion, int retentionDays, long publishedAtMillis) {}

    static Optional<SiteRow> site(Connection c, String siteId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT s.current_version, s.retention_days, k.published_at"
                + " FROM consent_site s JOIN consent_config k ON k.site_id = s.site_id AND k.version = s.current_version"
                + " WHERE s.site_id = ?")) {
            select.setString(1, siteId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new SiteRow(rows.getString(1), rows.getInt(2), rows.getLong(3)))
                        : Optional.empty();
            }
        }
    }

    static List<String> sites(Connection c) throws SQLException {
        List<String> sites = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT site_id FROM consent_site UNION SELECT site_id FROM"
                        + " consent_chain_head ORDER BY 1");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                sites.add(rows.getString(1));
            }
        }
        return sites;
    }

    private static ConsentRecord record(ResultSet rows) throws SQLException {
        return new ConsentRecord(
                rows.getString(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getString(4),
                rows.getLong(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                ConsentRecord.choicesFromJson(rows.getString(10)),
                rows.getBoolean(11),
                rows.getString(12),
                rows.getString(13),
                rows.getString(14));
    }
}
