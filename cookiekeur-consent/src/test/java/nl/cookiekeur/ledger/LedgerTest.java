package nl.cookiekeur.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.cookiekeur.consent.ChainProblem;
import nl.cookiekeur.consent.ChainProblemKind;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.ExportFormat;
import nl.cookiekeur.consent.PublishedConfig;
import nl.cookiekeur.consent.PurgeResult;
import nl.cookiekeur.store.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ledger on the embedded database and on PostgreSQL: the same tests, the same expectations. */
class LedgerTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @ParameterizedTest
    @EnumSource(Backend.class)
    void publishingArchivesEveryVersionByContentHash(Backend backend) throws Exception {
        try (Backend.Fresh db = backend.fresh();
                Ledger ledger = Ledger.open(Database::open, db.url(), new MutableClock(START))) {
            String json = DemoSite.config();
            PublishedConfig first = ledger.publishConfig("shop", json);
            JsonNode served = CanonicalJson.parse(first.json());
            assertThat(served.get("siteId").asText()).isEqualTo("shop");
            assertThat(first.version())
                    .matches("sha256-[0-9a-f]{64}")
                    .isEqualTo(served.get("version").asText());
            assertThat(ledger.publishConfig("shop", first.json()).version())
                    .as("the served form (with siteId and version) hashes like the original")
                    .isEqualTo(first.version());
            PublishedConfig second = ledger.publishConfig(
                    "shop", json.replace("\"consentMaxAgeDays\": 365", "\"consentMaxAgeDays\": 180"));
            assertThat(second.version()).isNotEqualTo(first.version());
            assertThat(ledger.currentConfig("shop").orElseThrow().version()).isEqualTo(second.version());
            assertThat(ledger.config("shop", first.version())).isPresent();
            assertThat(ledger.sites()).containsExactly("shop");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void invalidConfigurationsAreRefusedWithTheReason(Backend backend) throws Exception {
        try (Backend.Fresh db = backend.fresh();
                Ledger ledger = Ledger.open(Database::open, db.url(), new MutableClock(START))) {
            assertThatThrownBy(() -> ledger.publishConfig("shop", "{\"languages\":[\"nl\"]"))
                    .isInstanceOfSatisfying(
                            ConsentException.class,
                            e -> assertThat(e.reason()).isEqualTo(ConsentException.Reason.INVALID_CONFIG));
            assertThatThrownBy(
                            () -> ledger.publishConfig("shop", DemoSite.config().replace("\"respect\"", "\"maybe\"")))
                    .isInstanceOfSatisfying(
                            ConsentException.class, e -> assertThat(e.subject()).contains("gpc"));
            assertThatThrownBy(() -> ledger.publishConfig("Shop!", DemoSite.config()))
                    .isInstanceOf(ConsentException.class);
            assertThat(ledger.sites()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void concurrentChoicesFormOneIntactChainAndAreExported(Backend backend) throws Exception {
        try (Backend.Fresh db = backend.fresh();
                Ledger ledger = Ledger.open(Database::open, db.url(), new MutableClock(START))) {
            ledger.publishConfig("shop", DemoSite.config());
            SiteConfig config = ledger.currentSiteConfig("shop").orElseThrow();
            List<CompletableFuture<ConsentRecord>> futures = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 2_000; i++) {
                String choices = i % 3 == 0 ? "{\"analytics\":true}" : "{}";
                futures.add(CompletableFuture.supplyAsync(() -> Drafts.of(config, "custom", choices), threads)
                        .thenCompose(ledger::record));
            }
            Set<Long> sequences = ConcurrentHashMap.newKeySet();
            for (CompletableFuture<ConsentRecord> future : futures) {
                sequences.add(future.get(30, TimeUnit.SECONDS).seq());
            }
            threads.shutdown();
            assertThat(sequences).hasSize(2_000).contains(1L, 2_000L);

            ChainVerification verification = ledger.verify("shop");
            assertThat(verification.intact()).isTrue();
            assertThat(verification.recordsChecked()).isEqualTo(2_000);

            StringWriter csv = new StringWriter();
            ledger.export("shop", ExportFormat.CSV, csv);
            String[] lines = csv.toString().split("\r\n");
            assertThat(lines).hasSize(2_001);
            assertThat(lines[0]).isEqualTo(LedgerExport.CSV_HEADER);
            assertThat(lines[1]).startsWith("1,").contains(",custom,").contains(",Firefox,");

            StringWriter json = new StringWriter();
            ledger.export("shop", ExportFormat.JSON, json);
            JsonNode export = CanonicalJson.parse(json.toString());
            assertThat(export.get("records")).hasSize(2_000);
            JsonNode first = export.get("records").get(0);
            assertThat(first.get("prevHash").asText()).isEqualTo(ConsentRecord.GENESIS);
            int analytics = 0;
            for (JsonNode record : export.get("records")) {
                assertThat(record.get("choices").get("necessary").asBoolean()).isTrue();
                assertThat(record.get("choices").get("marketing").asBoolean()).isFalse();
                analytics += record.get("choices").get("analytics").asBoolean() ? 1 : 0;
            }
            assertThat(analytics).as("every third choice allowed analytics").isEqualTo(667);
            assertThat(first.get("shownHash").asText()).isEqualTo(config.shownHash("nl"));
            assertThat(export.get("configs").get(0).get("version").asText()).isEqualTo(config.version());
            assertThat(export.get("head").get("seq").asLong()).isEqualTo(2_000);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void verifyNamesEveryAlteredRemovedAndInsertedRecord(Backend backend) throws Exception {
        try (Backend.Fresh db = backend.fresh();
                Ledger ledger = Ledger.open(Database::open, db.url(), new MutableClock(START))) {
            ledger.publishConfig("shop", DemoSite.config());
            ledger.publishConfig("other", DemoSite.config());
            SiteConfig config = ledger.currentSiteConfig("shop").orElseThrow();
            for (int i = 0; i < 12; i++) {
                ledger.record(Drafts.of(config, "reject-all", "{}")).get(10, TimeUnit.SECONDS);
            }
            ledger.record(Drafts.acceptAll(ledger.currentSiteConfig("other").orElseThrow()))
                    .get(10, TimeUnit.SECONDS);
            assertThat(ledger.verify("shop").intact()).isTrue();

            try (Connection c =
                    DriverManager.getConnection(db.url() + (backend == Backend.H2 ? DatabaseUrlSettings.H2 : ""))) {
                // altered: a refusal turned into consent
                update(
                        c,
                        "UPDATE consent_record SET choices = '{\"analytics\":true,\"marketing\":true,\"necessary\":true}'"
                                + " WHERE site_id = 'shop' AND seq = 3");
                // removed: a record deleted
                update(c, "DELETE FROM consent_record WHERE site_id = 'shop' AND seq = 6");
                // inserted: later records renumbered to make room, a forged record linked properly to record 8
                update(c, "UPDATE consent_record SET seq = seq + 1000 WHERE site_id = 'shop' AND seq >= 9");
                update(c, "UPDATE consent_record SET seq = seq - 999 WHERE site_id = 'shop' AND seq >= 1000");
                ConsentRecord eighth = read(c, 8);
                ConsentRecord forged = ConsentRecord.link(
                        Drafts.acceptAll(config),
                        9,
                        "00000000-0000-4000-8000-000000000009",
                        eighth.receivedAtMillis(),
                        eighth.hash());
                insert(c, forged);
            }
            ChainVerification verification = ledger.verify("shop");
            assertThat(verification.intact()).isFalse();
            assertThat(verification.problems())
                    .extracting(ChainProblem::sequence, ChainProblem::kind)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(3L, ChainProblemKind.ALTERED),
                            org.assertj.core.groups.Tuple.tuple(6L, ChainProblemKind.REMOVED),
                            org.assertj.core.groups.Tuple.tuple(9L, ChainProblemKind.INSERTED));
            assertThat(verification.problems().get(2).recordId()).isEqualTo("00000000-0000-4000-8000-000000000009");
            assertThat(ledger.verify("other").intact())
                    .as("other sites are untouched")
                    .isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCutTailAndAnAppendedForgeryAreNamed(Backend backend) throws Exception {
        try (Backend.Fresh db = backend.fresh();
                Ledger ledger = Ledger.open(Database::open, db.url(), new MutableClock(START))) {
            ledger.publishConfig("shop", DemoSite.config());
            SiteConfig config = ledger.currentSiteConfig("shop").orElseThrow();
            for (int i = 0; i < 5; i++) {
                ledger.record(Drafts.acceptAll(config)).get(10, TimeUnit.SECONDS);
            }
            try (Connection c =
                    DriverManager.getConnection(db.url() + (backend == Backend.H2 ? DatabaseUrlSettings.H2 : ""))) {
                ConsentRecord fifth = read(c, 5);
                insert(
                        c,
                        ConsentRecord.link(
                                Drafts.acceptAll(config),
                                6,
                                "00000000-0000-4000-8000-000000000006",
                                fifth.receivedAtMillis(),
                                fifth.hash()));
            }
            assertThat(ledger.verify("shop").problems())
                    .extracting(ChainProblem::sequence, ChainProblem::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, ChainProblemKind.INSERTED));
            try (Connection c =
                    DriverManager.getConnection(db.url() + (backend == Backend.H2 ? DatabaseUrlSettings.H2 : ""))) {
                update(c, "DELETE FROM consent_record WHERE site_id = 'shop' AND seq >= 4");
            }
            assertThat(ledger.verify("shop").problems())
                    .extracting(ChainProblem::sequence, ChainProblem::kind)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(4L, ChainProblemKind.REMOVED),
                            org.assertj.core.groups.Tuple.tuple(5L, ChainProblemKind.REMOVED));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void purgeKeepsTheRestVerifiableAndRefusesABrokenPrefix(Backend backend) throws Exception {
        MutableClock clock = new MutableClock(START);
        try (Backend.Fresh db = backend.fresh();
                Ledger ledger = Ledger.open(Database::open, db.url(), clock)) {
            ledger.publishConfig("shop", DemoSite.config());
            SiteConfig config = ledger.currentSiteConfig("shop").orElseThrow();
            for (int day = 0; day < 10; day++) {
                ledger.record(Drafts.acceptAll(config)).get(10, TimeUnit.SECONDS);
                clock.advance(Duration.ofDays(1));
            }
            PurgeResult nothing = ledger.purge("shop", 0, clock.instant());
            assertThat(nothing.purged())
                    .as("the default policy keeps three years")
                    .isZero();
            assertThat(nothing.retentionDays()).isEqualTo(Ledger.DEFAULT_RETENTION_DAYS);

            PurgeResult purged = ledger.purge("shop", 4, clock.instant());
            assertThat(purged.purged()).isEqualTo(6);
            assertThat(purged.purgedThrough()).isEqualTo(6);
            assertThat(purged.remaining()).isEqualTo(4);
            ledger.record(Drafts.acceptAll(config)).get(10, TimeUnit.SECONDS);
            ChainVerification after = ledger.verify("shop");
            assertThat(after.intact()).isTrue();
            assertThat(after.purgedThrough()).isEqualTo(6);
            assertThat(after.recordsChecked()).isEqualTo(5);

            try (Connection c =
                    DriverManager.getConnection(db.url() + (backend == Backend.H2 ? DatabaseUrlSettings.H2 : ""))) {
                update(c, "UPDATE consent_record SET action = 'reject-all' WHERE site_id = 'shop' AND seq = 8");
            }
            clock.advance(Duration.ofDays(30));
            assertThatThrownBy(() -> ledger.purge("shop", 0, clock.instant()))
                    .isInstanceOfSatisfying(
                            ConsentException.class,
                            e -> assertThat(e.reason()).isEqualTo(ConsentException.Reason.CHAIN_BROKEN));
            assertThat(ledger.verify("shop").problems())
                    .extracting(ChainProblem::sequence)
                    .containsExactly(8L);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theLedgerSharesADatabaseWithOtherComponents(Backend backend) throws Exception {
        try (Backend.Fresh db = backend.fresh();
                Database database = Database.open(db.url())) {
            try (Ledger ledger = Ledger.open(database, new MutableClock(START))) {
                ledger.publishConfig("shop", DemoSite.config());
            }
            try (Ledger again = Ledger.open(database, new MutableClock(START))) {
                assertThat(again.sites()).containsExactly("shop");
            }
            try (Connection c = database.connection();
                    Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM ledger_schema_history WHERE success")) {
                rows.next();
                assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(1);
            }
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isPositive();
        }
    }

    private static ConsentRecord read(Connection c, long seq) throws SQLException {
        List<ConsentRecord> found = new ArrayList<>();
        LedgerTables.forEachRecord(c, "shop", r -> {
            if (r.seq() == seq) {
                found.add(r);
            }
        });
        return found.get(0);
    }

    private static void insert(Connection c, ConsentRecord record) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO consent_record (site_id, seq, record_id,"
                + " consent_id, received_at, config_version, shown_hash, language, action, choices, gpc, ua_family,"
                + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            RecordWriter.bind(insert, record);
            insert.executeUpdate();
        }
        assertThat(new TreeMap<>(record.choices())).isNotEmpty();
    }
}
