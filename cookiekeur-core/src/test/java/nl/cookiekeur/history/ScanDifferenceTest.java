package nl.cookiekeur.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanDifferenceTest {

    private static StoredScan scan(long number) {
        return new StoredScan(
                number,
                "www.shop.nl",
                "https://www.shop.nl/",
                Instant.parse("2026-11-0" + number + "T10:00:00Z"),
                "hoog",
                1,
                2,
                1,
                "/tmp/e" + number,
                "/tmp/r" + number,
                "2026.11-1");
    }

    @Test
    void namesWhatCameAndWhatWentByKindAndKey() {
        ScanSnapshot older = new ScanSnapshot(
                scan(1),
                List.of(
                        new HistoryItem("cookie", "_ga@.shop.nl", "statistics"),
                        new HistoryItem("cookie", "_fbp@.shop.nl", "marketing"),
                        new HistoryItem("finding", "NL-CK-01/initial", "kritiek")));
        ScanSnapshot newer = new ScanSnapshot(
                scan(2),
                List.of(
                        new HistoryItem("cookie", "_ga@.shop.nl", "statistics · Google"),
                        new HistoryItem("tracker", "www.clarity.ms", "Microsoft"),
                        new HistoryItem("finding", "NL-CK-22/initial", "kritiek")));

        ScanDifference difference = ScanDifference.between(older, newer);

        assertThat(difference.added())
                .extracting(HistoryItem::key)
                .containsExactly("NL-CK-22/initial", "www.clarity.ms");
        assertThat(difference.removed())
                .extracting(HistoryItem::key)
                .containsExactly("_fbp@.shop.nl", "NL-CK-01/initial");
        assertThat(difference.added("tracker")).hasSize(1);
        assertThat(difference.unchanged()).isFalse();
        assertThat(ScanDifference.between(newer, newer).unchanged()).isTrue();
    }

    @Test
    void snapshotDropsDuplicateItems() {
        ScanSnapshot snapshot = new ScanSnapshot(
                scan(1), List.of(new HistoryItem("cookie", "a@x", "1"), new HistoryItem("cookie", "a@x", "2")));

        assertThat(snapshot.items()).containsExactly(new HistoryItem("cookie", "a@x", "1"));
    }
}
