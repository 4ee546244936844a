package nl.cookiekeur.web.sites;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.cookiekeur.database.DatabaseException;
import nl.cookiekeur.database.RelationalDatabase;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.EvidenceArchive;
import nl.cookiekeur.history.StoredScan;

/**
 * The consent platform (CMP) each stored scan recognised, for the portfolio's filter. The history does not keep
 * it, so it is read once from the scan's evidence and kept in the app's table {@code web_scan_cmp}; later pages
 * read it from there with one query.
 */
public final class ScanPlatforms {
    /** At most this many scans are read from their evidence per page, so one page stays fast. */
    static final int MAX_READS = 50;

    private static final Logger LOG = Logger.getLogger(ScanPlatforms.class.getName());
    private static final int IN_CHUNK = 500;

    private final RelationalDatabase database;
    private final EvidenceArchive archive;

    public ScanPlatforms(RelationalDatabase database, EvidenceArchive archive) {
        this.database = database;
        this.archive = archive;
    }

    /** The platform of each scan by number; empty when none was recognised, absent when not read yet. */
    public Map<Long, String> of(Collection<StoredScan> scans) {
        Map<Long, String> known = stored(scans.stream().map(StoredScan::number).toList());
        int reads = 0;
        for (StoredScan scan : scans) {
            if (!known.containsKey(scan.number()) && reads++ < MAX_READS) {
                String cmp = read(scan);
                remember(scan.number(), cmp);
                known.put(scan.number(), cmp);
            }
        }
        return known;
    }

    private String read(StoredScan scan) {
        Path folder = Path.of(scan.evidenceFolder());
        if (!Files.isDirectory(folder)) {
            return "";
        }
        try {
            return archive.read(folder).banners().stream()
                    .map(BannerObservation::cmp)
                    .filter(Objects::nonNull)
                    .map(cmp -> cmp.length() > 100 ? cmp.substring(0, 100) : cmp)
                    .findFirst()
                    .orElse("");
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "evidence of scan " + scan.number() + " unreadable", e);
            return "";
        }
    }

    private Map<Long, String> stored(List<Long> numbers) {
        Map<Long, String> known = new HashMap<>();
        try (Connection connection = database.connection()) {
            for (int from = 0; from < numbers.size(); from += IN_CHUNK) {
                List<Long> chunk = numbers.subList(from, Math.min(numbers.size(), from + IN_CHUNK));
                try (PreparedStatement select = connection.prepareStatement("SELECT number, cmp FROM web_scan_cmp"
                        + " WHERE number IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            known.put(row.getLong(1), row.getString(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return known;
    }

    private void remember(long number, String cmp) {
        try (Connection connection = database.connection();
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO web_scan_cmp (number, cmp) VALUES (?, ?)")) {
            insert.setLong(1, number);
            insert.setString(2, cmp);
            insert.executeUpdate();
        } catch (SQLException e) {
            // another request stored it first: the row is there, which is all that matters
            LOG.log(Level.FINE, "platform of scan " + number + " not stored", e);
        }
    }

    private static DatabaseException failed(SQLException e) {
        return new DatabaseException(
                DatabaseException.Reason.FAILED, "web", "De sites konden niet worden gelezen of bewaard.", e);
    }
}
