package nl.cookiekeur.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.cookiekeur.history.HistoryException;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanDifference;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.store.history.JdbcScanHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JdbcScanHistoryTest {

    @TempDir
    static Path home;

    private static final List<PostgresSchema> SCHEMAS = new java.util.ArrayList<>();
    private static int databasesMade;

    static Stream<String> databases() throws Exception {
        PostgresSchema postgres = new PostgresSchema();
        SCHEMAS.add(postgres);
        databasesMade++;
        return Stream.of(
                "jdbc:h2:file:" + home.resolve("history-" + databasesMade) + ";MODE=PostgreSQL", postgres.url());
    }

    @AfterAll
    static void dropSchema() throws Exception {
        for (PostgresSchema postgres : SCHEMAS) {
            postgres.close();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void answersAnOverviewOfManySitesInBulk(String url) {
        try (JdbcScanHistory history = JdbcScanHistory.open(url)) {
            StoredScan oldShop = history.save(snapshot("www.shop.nl", "18", List.of()));
            StoredScan midShop = history.save(snapshot(
                    "www.shop.nl",
                    "19",
                    List.of(new HistoryItem("tracker", "www.clarity.ms", "marketing · Microsoft"))));
            StoredScan newShop = history.save(snapshot(
                    "www.shop.nl",
                    "20",
                    List.of(
                            new HistoryItem("tracker", "connect.facebook.net", "marketing · Meta"),
                            new HistoryItem("cookie", "_fbp@.shop.nl", "marketing · Meta"))));
            StoredScan other = history.save(snapshot("www.ander.nl", "21", List.of()));

            assertThat(history.recentPerSite(2))
                    .extracting(StoredScan::number)
                    .containsExactly(other.number(), newShop.number(), midShop.number())
                    .doesNotContain(oldShop.number());
            var trackers = history.items(List.of(newShop.number(), midShop.number(), other.number()), "tracker");
            assertThat(trackers.get(newShop.number()))
                    .containsExactly(new HistoryItem("tracker", "connect.facebook.net", "marketing · Meta"));
            assertThat(trackers.get(midShop.number()))
                    .extracting(HistoryItem::key)
                    .containsExactly("www.clarity.ms");
            assertThat(trackers).doesNotContainKey(other.number());
        }
    }

    private static ScanSnapshot snapshot(String site, String day, List<HistoryItem> items) {
        return new ScanSnapshot(
                new StoredScan(
                        0,
                        site,
                        "https://" + site + "/",
                        Instant.parse("2026-11-" + day + "T09:30:00.123Z"),
                        "kritiek",
                        2,
                        2,
                        1,
                        "/scans/" + day,
                        "/scans/" + day + "/rapport",
                        "2026.11-1"),
                items);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsScansNumberedAndComparesThem(String url) {
        ScanSnapshot first = snapshot(
                "www.shop.nl",
                "20",
                List.of(
                        new HistoryItem("cookie", "_ga@.shop.nl", "statistics · Google Analytics"),
                        new HistoryItem("finding", "NL-CK-01/initial", "kritiek · Tracking vóór toestemming")));
        ScanSnapshot second = snapshot(
                "www.shop.nl",
                "21",
                List.of(
                        new HistoryItem("cookie", "_ga@.shop.nl", "statistics · Google Analytics"),
                        new HistoryItem("tracker", "www.clarity.ms", "marketing · Microsoft")));
        try (JdbcScanHistory history = JdbcScanHistory.open(url)) {
            StoredScan a = history.save(first);
            StoredScan b = history.save(second);
            history.save(snapshot("www.ander.nl", "22", List.of()));

            assertThat(b.number()).isGreaterThan(a.number());
            assertThat(history.list("www.shop.nl", 10))
                    .extracting(StoredScan::number)
                    .containsExactly(b.number(), a.number());
            assertThat(history.list(null, 2)).hasSize(2);
            ScanSnapshot readBack = history.find(a.number()).orElseThrow();
            assertThat(readBack.scan().scannedAt()).isEqualTo(Instant.parse("2026-11-20T09:30:00.123Z"));
            assertThat(readBack.items()).isEqualTo(first.items());
            ScanDifference difference =
                    ScanDifference.between(readBack, history.find(b.number()).orElseThrow());
            assertThat(difference.added()).extracting(HistoryItem::key).containsExactly("www.clarity.ms");
            assertThat(difference.removed()).extracting(HistoryItem::key).containsExactly("NL-CK-01/initial");
            assertThat(history.find(9_999)).isEmpty();
        }
    }

    @Test
    void unreachableServerIsOneDutchSentence() {
        assertThatThrownBy(() -> JdbcScanHistory.open("jdbc:postgresql://127.0.0.1:1/test"))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining("127.0.0.1:1");
    }
}
