package nl.cookiekeur.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.cookiekeur.consent.AnchorKey;
import nl.cookiekeur.consent.ArchiveProblem;
import nl.cookiekeur.consent.ArchiveProblemKind;
import nl.cookiekeur.consent.ChainProblem;
import nl.cookiekeur.consent.ChainProblemKind;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ExportFormat;
import nl.cookiekeur.consent.SignedHead;
import nl.cookiekeur.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The proof beyond the record chain: the archived configurations are checked against their content hashes, and a
 * head anchored outside the database shows a cut tail even when the chain head in the database was rewritten.
 */
class ProofTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final AnchorKey KEY = AnchorKey.of("0123456789abcdef0123456789abcdef-operator");

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEditedBannerTextOrAMissingConfigurationIsNamed(Backend backend) throws Exception {
        try (Backend.Fresh db = backend.fresh();
                Ledger ledger = Ledger.open(Database::open, db.url(), new MutableClock(START))) {
            String first = ledger.publishConfig("shop", DemoSite.config()).version();
            record(ledger, 3);
            String second = ledger.publishConfig(
                            "shop",
                            DemoSite.config().replace("\"consentMaxAgeDays\": 365", "\"consentMaxAgeDays\": 90"))
                    .version();
            record(ledger, 2);
            assertThat(ledger.verify("shop").intact()).isTrue();

            try (Connection c = connect(backend, db)) {
                execute(
                        c,
                        "UPDATE consent_config SET content = REPLACE(content, 'Statistieken', 'Verbeteringen')"
                                + " WHERE site_id = 'shop' AND version = ?",
                        first);
            }
            ChainVerification edited = ledger.verify("shop");
            assertThat(edited.problems())
                    .as("the records themselves are untouched")
                    .isEmpty();
            assertThat(edited.archiveProblems()).containsExactly(new ArchiveProblem(first, ArchiveProblemKind.ALTERED));
            assertThat(edited.intact()).isFalse();

            try (Connection c = connect(backend, db)) {
                execute(c, "DELETE FROM consent_config WHERE site_id = 'shop' AND version = ?", second);
            }
            assertThat(ledger.verify("shop").archiveProblems())
                    .extracting(ArchiveProblem::version, ArchiveProblem::kind)
                    .containsExactly(
                            tuple(first, ArchiveProblemKind.ALTERED), tuple(second, ArchiveProblemKind.MISSING));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCutTailWithARewrittenHeadIsOnlySeenAgainstTheAnchor(Backend backend) throws Exception {
        try (Backend.Fresh db = backend.fresh();
                Ledger ledger = Ledger.open(Database::open, db.url(), new MutableClock(START))) {
            ledger.publishConfig("shop", DemoSite.config());
            record(ledger, 6);
            SignedHead anchor = ledger.head("shop", KEY);
            assertThat(anchor.seq()).isEqualTo(6);
            assertThat(anchor.signedBy(KEY)).isTrue();
            record(ledger, 2);
            assertThat(ledger.verify("shop", anchor).intact())
                    .as("records after the anchor are fine")
                    .isTrue();
        }
        try (Backend.Fresh db = backend.fresh()) {
            SignedHead anchor;
            try (Ledger ledger = Ledger.open(Database::open, db.url(), new MutableClock(START))) {
                ledger.publishConfig("shop", DemoSite.config());
                record(ledger, 6);
                anchor = ledger.head("shop", KEY);
            }
            try (Connection c = connect(backend, db)) {
                execute(c, "DELETE FROM consent_record WHERE site_id = 'shop' AND seq >= ?", 5L);
                execute(
                        c,
                        "UPDATE consent_chain_head SET seq = 4, hash = (SELECT hash FROM consent_record"
                                + " WHERE site_id = 'shop' AND seq = 4) WHERE site_id = ?",
                        "shop");
            }
            try (Ledger ledger = Ledger.open(Database::open, db.url(), new MutableClock(START))) {
                assertThat(ledger.verify("shop").intact())
                        .as("without an anchor the truncation cannot be seen")
                        .isTrue();
                assertThat(ledger.verify("shop", anchor).problems())
                        .extracting(ChainProblem::sequence, ChainProblem::kind)
                        .containsExactly(tuple(5L, ChainProblemKind.REMOVED), tuple(6L, ChainProblemKind.REMOVED));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theJsonExportCarriesTheSignedHead(Backend backend) throws Exception {
        try (Backend.Fresh db = backend.fresh();
                Ledger ledger = Ledger.open(Database::open, db.url(), new MutableClock(START))) {
            ledger.publishConfig("shop", DemoSite.config());
            record(ledger, 3);
            StringWriter json = new StringWriter();
            ledger.export("shop", ExportFormat.JSON, json, KEY);
            JsonNode head = CanonicalJson.parse(json.toString()).get("signedHead");
            SignedHead signed = new SignedHead(
                    head.get("siteId").asText(),
                    head.get("seq").asLong(),
                    head.get("hash").asText(),
                    Instant.parse(head.get("signedAt").asText()),
                    head.get("signature").asText());
            assertThat(signed.seq()).isEqualTo(3);
            assertThat(signed.hash()).isEqualTo(ledger.verify("shop").headHash());
            assertThat(signed.signedBy(KEY)).isTrue();

            StringWriter unsigned = new StringWriter();
            ledger.export("shop", ExportFormat.JSON, unsigned);
            assertThat(CanonicalJson.parse(unsigned.toString()).has("signedHead"))
                    .isFalse();
        }
    }

    @Test
    void aSignatureHoldsOnlyForItsKeyAndItsExactFields() {
        SignedHead head = SignedHead.sign("shop", 6, "sha256-" + "a".repeat(64), START, KEY);
        assertThat(head.signature()).matches("hmac-sha256-[0-9a-f]{64}");
        assertThat(head.signedBy(KEY)).isTrue();
        assertThat(head.signedBy(AnchorKey.of("another-secret-of-at-least-32-bytes!!")))
                .isFalse();
        SignedHead moved = new SignedHead("shop", 4, head.hash(), head.signedAt(), head.signature());
        assertThat(moved.signedBy(KEY)).isFalse();
        assertThat(SignedHead.unsigned("shop", 6, head.hash(), START).signedBy(KEY))
                .isFalse();
    }

    @Test
    void theSignatureIsStandardHmacSha256() throws Exception {
        String hash = "sha256-" + "b".repeat(64);
        for (String secret : new String[] {"0123456789abcdef0123456789abcdef-operator", "k".repeat(100)}) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected =
                    mac.doFinal(SignedHead.signedText("shop", 6, hash, START).getBytes(StandardCharsets.UTF_8));
            assertThat(SignedHead.sign("shop", 6, hash, START, AnchorKey.of(secret))
                            .signature())
                    .isEqualTo("hmac-sha256-" + HexFormat.of().formatHex(expected));
        }
    }

    private static void record(Ledger ledger, int count) throws Exception {
        SiteConfig config = ledger.currentSiteConfig("shop").orElseThrow();
        for (int i = 0; i < count; i++) {
            ledger.record(Drafts.acceptAll(config)).get(10, TimeUnit.SECONDS);
        }
    }

    private static Connection connect(Backend backend, Backend.Fresh db) throws SQLException {
        return DriverManager.getConnection(db.url() + (backend == Backend.H2 ? DatabaseUrlSettings.H2 : ""));
    }

    private static void execute(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            assertThat(statement.executeUpdate()).isPositive();
        }
    }
}
