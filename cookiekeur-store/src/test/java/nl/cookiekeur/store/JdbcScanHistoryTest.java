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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JdbcScanHistoryTest {

    @TempDir
    static Path home;

    private static @Nullable PostgresSchema postgres;

    static Stream<String> databases() throws Exception {
        postgres = new PostgresSchema();
        return Stream.of("jdbc:h2:file:" + home.resolve("history") + ";MODE=PostgreSQL", postgres.url());
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (postgres != null) {
            postgres.close();
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
