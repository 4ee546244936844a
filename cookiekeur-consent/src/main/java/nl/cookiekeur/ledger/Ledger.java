package nl.cookiekeur.ledger;

import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import nl.cookiekeur.consent.AnchorKey;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.DailyChoices;
import nl.cookiekeur.consent.ExportFormat;
import nl.cookiekeur.consent.PublishedConfig;
import nl.cookiekeur.consent.PurgeResult;
import nl.cookiekeur.consent.SignedHead;
import nl.cookiekeur.database.DatabaseException;
import nl.cookiekeur.database.DatabaseOpener;
import nl.cookiekeur.database.RelationalDatabase;
import org.jspecify.annotations.Nullable;

/**
 * The consent ledger over a {@link Database}: configurations archived by content hash, choices appended by
 * the group-commit {@link RecordWriter}, export, verification and purge. One ledger (one writer) per
 * database at a time; other processes may read, verify, export and purge.
 */
public final class Ledger implements ConsentLedger {
    /** The migrations of the ledger's tables. */
    public static final String MIGRATIONS = "classpath:nl/cookiekeur/ledger/db";
    /** How long records are kept when a site has no retention policy of its own. */
    public static final int DEFAULT_RETENTION_DAYS = 3 * 365;

    private final RelationalDatabase database;
    private final Clock clock;
    private final boolean ownsDatabase;
    private final RecordWriter writer;
    private final Map<String, SiteConfig> versions = new ConcurrentHashMap<>();
    private final Map<String, String> currentVersions = new ConcurrentHashMap<>();

    private Ledger(RelationalDatabase database, Clock clock, boolean ownsDatabase) {
        this.database = database;
        this.clock = clock;
        this.ownsDatabase = ownsDatabase;
        this.writer = new RecordWriter(database, clock);
    }

    /** Migrates the ledger's tables in the database and opens the ledger; closing it leaves the database open. */
    public static Ledger open(RelationalDatabase database, Clock clock) {
        migrate(database);
        return new Ledger(database, clock, false);
    }

    /** Opens the database at a URL (embedded when {@code null}) and the ledger in it; closing closes both. */
    public static Ledger open(DatabaseOpener databases, @Nullable String databaseUrl, Clock clock) {
        RelationalDatabase database;
        try {
            database = databases.open(databaseUrl);
        } catch (DatabaseException e) {
            throw new ConsentException(ConsentException.Reason.DATABASE, e.target(), String.valueOf(e.getMessage()), e);
        }
        try {
            migrate(database);
        } catch (ConsentException e) {
            database.close();
            throw e;
        }
        return new Ledger(database, clock, true);
    }

    private static void migrate(RelationalDatabase database) {
        try {
            database.migrate("ledger", MIGRATIONS);
        } catch (DatabaseException e) {
            throw new ConsentException(ConsentException.Reason.DATABASE, e.target(), String.valueOf(e.getMessage()), e);
        }
    }

    /** The database, as shown to users. */
    public String database() {
        return database.shownUrl();
    }

    /** Queues a validated choice; the future completes after the record is committed. */
    CompletableFuture<ConsentRecord> record(ChoiceDraft draft) {
        return writer.submit(draft);
    }

    /** A configuration version of a site from the archive. */
    Optional<SiteConfig> config(String siteId, String version) {
        String key = siteId + " " + version;
        SiteConfig cached = versions.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> stored = read(c -> LedgerTables.config(c, siteId, version));
        stored.ifPresent(json -> versions.put(key, SiteConfig.parse(siteId, json)));
        return Optional.ofNullable(versions.get(key));
    }

    /** The configuration a site's banner shows now. */
    Optional<SiteConfig> currentSiteConfig(String siteId) {
        String version = currentVersions.get(siteId);
        if (version == null) {
            Optional<LedgerTables.SiteRow> row = read(c -> LedgerTables.site(c, siteId));
            if (row.isEmpty()) {
                return Optional.empty();
            }
            version = row.get().currentVersion();
            currentVersions.put(siteId, version);
        }
        return config(siteId, version);
    }

    @Override
    public List<String> sites() {
        return read(LedgerTables::sites);
    }

    @Override
    public Optional<PublishedConfig> currentConfig(String siteId) {
        if (!SiteConfig.SITE_ID.matcher(siteId).matches()) {
            return Optional.empty();
        }
        Optional<LedgerTables.SiteRow> row = read(c -> LedgerTables.site(c, siteId));
        return row.flatMap(r -> config(siteId, r.currentVersion())
                .map(config -> new PublishedConfig(
                        siteId, config.version(), config.served(), Instant.ofEpochMilli(r.publishedAtMillis()))));
    }

    @Override
    public PublishedConfig publishConfig(String siteId, String json) {
        SiteConfig config = SiteConfig.parse(siteId, json);
        long now = clock.millis();
        long publishedAt = write(c -> {
            Optional<String> existing = LedgerTables.config(c, siteId, config.version());
            long at = now;
            if (existing.isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO consent_config (site_id, version, content, published_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, siteId);
                    insert.setString(2, config.version());
                    insert.setString(3, config.served());
                    insert.setLong(4, now);
                    insert.executeUpdate();
                }
            } else {
                at = publishedAtOf(c, siteId, config.version());
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE consent_site SET current_version = ?, updated_at = ? WHERE site_id = ?")) {
                update.setString(1, config.version());
                update.setLong(2, now);
                update.setString(3, siteId);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO consent_site (site_id,"
                            + " current_version, retention_days, updated_at) VALUES (?, ?, ?, ?)")) {
                        insert.setString(1, siteId);
                        insert.setString(2, config.version());
                        insert.setInt(3, DEFAULT_RETENTION_DAYS);
                        insert.setLong(4, now);
                        insert.executeUpdate();
                    }
                }
            }
            return at;
        });
        versions.put(siteId + " " + config.version(), config);
        currentVersions.put(siteId, config.version());
        return new PublishedConfig(siteId, config.version(), config.served(), Instant.ofEpochMilli(publishedAt));
    }

    private static long publishedAtOf(Connection c, String siteId, String version) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT published_at FROM consent_config WHERE site_id = ? AND version = ?")) {
            select.setString(1, siteId);
            select.setString(2, version);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public void export(String siteId, ExportFormat format, Writer out, @Nullable AnchorKey key) {
        requireKnown(siteId);
        read(c -> {
            new LedgerExport(siteId, format, out, key, clock).write(c);
            return Boolean.TRUE;
        });
    }

    @Override
    public List<DailyChoices> choicesPerDay(String siteId, LocalDate from, LocalDate to, ZoneId zone) {
        return read(c -> ChoiceCounts.perDay(c, siteId, from, to, zone));
    }

    @Override
    public SignedHead head(String siteId, @Nullable AnchorKey key) {
        requireKnown(siteId);
        ChainHead head = read(c -> LedgerTables.head(c, siteId));
        return head.signed(siteId, clock.instant(), key);
    }

    @Override
    public ChainVerification verify(String siteId, @Nullable SignedHead anchor) {
        requireKnown(siteId);
        @Nullable ChainHead anchored = anchor == null ? null : new ChainHead(anchor.seq(), anchor.hash());
        return read(c -> {
            c.setAutoCommit(false); // one consistent snapshot of head, checkpoint, records and archive
            try {
                ChainVerifier verifier = new ChainVerifier(
                        siteId, LedgerTables.checkpoint(c, siteId), LedgerTables.head(c, siteId), anchored);
                LedgerTables.forEachRecord(c, siteId, verifier);
                return verifier.finish()
                        .withArchiveProblems(new ArchiveCheck(siteId).run(c, verifier.configVersions()));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        });
    }

    @Override
    public PurgeResult purge(String siteId, int retentionDays, Instant now) {
        requireKnown(siteId);
        if (retentionDays < 0 || retentionDays > 36_500) {
            throw new IllegalArgumentException("retention days out of range: " + retentionDays);
        }
        return write(c -> new Purge(siteId, retentionDays, now).run(c));
    }

    @Override
    public void close() {
        writer.close();
        if (ownsDatabase) {
            database.close();
        }
    }

    private void requireKnown(String siteId) {
        if (!SiteConfig.SITE_ID.matcher(siteId).matches() || !sites().contains(siteId)) {
            throw new ConsentException(
                    ConsentException.Reason.UNKNOWN_SITE, siteId, "Site '" + siteId + "' staat niet in het register.");
        }
    }

    /** Work with a connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection c = database.connection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private <T> T write(Work<T> work) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private ConsentException failed(SQLException e) {
        return new ConsentException(
                ConsentException.Reason.DATABASE,
                database.shownUrl(),
                "De database " + database.shownUrl() + " gaf een fout: " + e.getMessage(),
                e);
    }

    /** The clock of this ledger. */
    Clock clock() {
        return clock;
    }

    /** How long a record may wait in the writer queue before the server gives up. */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
}
