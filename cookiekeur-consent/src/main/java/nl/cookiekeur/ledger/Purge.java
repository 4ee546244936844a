package nl.cookiekeur.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import nl.cookiekeur.consent.ChainProblem;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.PurgeResult;

/**
 * Deletes the prefix of a site's chain older than its retention period, in one transaction with a
 * checkpoint that holds the last purged hash (so the rest still verifies) and chains to the previous
 * checkpoint. A prefix that does not verify is never purged: that would destroy the evidence of tampering.
 */
final class Purge {
    private final String siteId;
    private final int requestedDays;
    private final Instant now;

    Purge(String siteId, int requestedDays, Instant now) {
        this.siteId = siteId;
        this.requestedDays = requestedDays;
        this.now = now;
    }

    PurgeResult run(Connection c) throws SQLException {
        int days = requestedDays > 0 ? savePolicy(c) : policy(c);
        long cutoff = now.minus(Duration.ofDays(days)).toEpochMilli();
        Checkpoint checkpoint = LedgerTables.checkpoint(c, siteId);
        long through = lastSeqBefore(c, cutoff);
        if (through <= checkpoint.throughSeq()) {
            return new PurgeResult(siteId, days, 0, checkpoint.throughSeq(), LedgerTables.countRecords(c, siteId));
        }
        ChainVerifier verifier = new ChainVerifier(siteId, checkpoint, LedgerTables.head(c, siteId));
        LedgerTables.forEachRecord(c, siteId, verifier);
        ChainVerification verification = verifier.finish();
        for (ChainProblem problem : verification.problems()) {
            if (problem.sequence() <= through) {
                throw new ConsentException(
                        ConsentException.Reason.CHAIN_BROKEN,
                        siteId,
                        "De keten van site '" + siteId + "' klopt niet (record " + problem.sequence()
                                + "); er wordt niets verwijderd. Controleer met 'cookiekeur consent verify'.");
            }
        }
        String throughHash = hashAt(c, through);
        long deleted;
        try (PreparedStatement delete =
                c.prepareStatement("DELETE FROM consent_record WHERE site_id = ? AND seq <= ?")) {
            delete.setString(1, siteId);
            delete.setLong(2, through);
            deleted = delete.executeUpdate();
        }
        long purgedCount = checkpoint.purgedCount() + deleted;
        long at = now.toEpochMilli();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO consent_checkpoint (site_id, through_seq,"
                + " through_hash, purged_count, purged_at, checkpoint_hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, siteId);
            insert.setLong(2, through);
            insert.setString(3, throughHash);
            insert.setLong(4, purgedCount);
            insert.setLong(5, at);
            insert.setString(
                    6, Checkpoint.hashOf(siteId, through, throughHash, purgedCount, at, checkpoint.checkpointHash()));
            insert.executeUpdate();
        }
        return new PurgeResult(siteId, days, deleted, through, LedgerTables.countRecords(c, siteId));
    }

    private int savePolicy(Connection c) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("UPDATE consent_site SET retention_days = ? WHERE site_id = ?")) {
            update.setInt(1, requestedDays);
            update.setString(2, siteId);
            update.executeUpdate();
        }
        return requestedDays;
    }

    private int policy(Connection c) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT retention_days FROM consent_site WHERE site_id = ?")) {
            select.setString(1, siteId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : Ledger.DEFAULT_RETENTION_DAYS;
            }
        }
    }

    /** The last sequence number of the prefix of records all received before the cutoff. */
    private long lastSeqBefore(Connection c, long cutoff) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT MIN(seq) FROM consent_record WHERE site_id = ? AND received_at >= ?")) {
            select.setString(1, siteId);
            select.setLong(2, cutoff);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                long firstKept = rows.getLong(1);
                if (!rows.wasNull()) {
                    return firstKept - 1;
                }
            }
        }
        try (PreparedStatement select = c.prepareStatement("SELECT MAX(seq) FROM consent_record WHERE site_id = ?")) {
            select.setString(1, siteId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private String hashAt(Connection c, long seq) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT hash FROM consent_record WHERE site_id = ? AND seq = ?")) {
            select.setString(1, siteId);
            select.setLong(2, seq);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new ConsentException(
                            ConsentException.Reason.CHAIN_BROKEN,
                            siteId,
                            "Record " + seq + " van site '" + siteId + "' ontbreekt; er wordt niets verwijderd.");
                }
                return rows.getString(1);
            }
        }
    }
}
