package nl.cookiekeur.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import org.junit.jupiter.api.Test;

class SiteChangesTest {
    private static final HistoryItem GA = new HistoryItem("cookie", "_ga@.shop.nl", "analytics · Google");
    private static final HistoryItem HOTJAR = new HistoryItem("tracker", "static.hotjar.com", "analytics · Hotjar");
    private static final HistoryItem HIGH =
            new HistoryItem("finding", "NL-CK-01/initial", "hoog · Cookies zonder toestemming");
    private static final HistoryItem LOW =
            new HistoryItem("finding", "NL-CK-20/site", "laag · Verklaring mist bewaartermijn");
    private static final HistoryItem CRITICAL =
            new HistoryItem("finding", "NL-CK-02/reject", "kritiek · Weigeren genegeerd");

    @Test
    void theFirstScanHasEverythingNew() {
        List<SiteChange> changes = SiteChanges.between(null, snapshot(1, GA, HIGH));
        assertThat(changes)
                .extracting(SiteChange::status)
                .containsOnly(ChangeStatus.NEW)
                .hasSize(2);
    }

    @Test
    void aRescanNamesNewGoneAndStillOpenFindings() {
        List<SiteChange> changes = SiteChanges.between(snapshot(1, GA, HIGH, LOW), snapshot(2, HOTJAR, HIGH, CRITICAL));
        assertThat(changes)
                .containsExactlyInAnyOrder(
                        new SiteChange(HOTJAR, ChangeStatus.NEW),
                        new SiteChange(CRITICAL, ChangeStatus.NEW),
                        new SiteChange(GA, ChangeStatus.GONE),
                        new SiteChange(LOW, ChangeStatus.GONE),
                        new SiteChange(HIGH, ChangeStatus.STILL_OPEN));
    }

    @Test
    void onlyNewCookiesThirdPartiesAndSeriousFindingsAlert() {
        assertThat(new SiteChange(HOTJAR, ChangeStatus.NEW).alerting()).isTrue();
        assertThat(new SiteChange(GA, ChangeStatus.NEW).alerting()).isTrue();
        assertThat(new SiteChange(CRITICAL, ChangeStatus.NEW).alerting()).isTrue();
        assertThat(new SiteChange(HIGH, ChangeStatus.NEW).alerting()).isTrue();
        assertThat(new SiteChange(LOW, ChangeStatus.NEW).alerting()).isFalse();
        assertThat(new SiteChange(GA, ChangeStatus.GONE).alerting()).isFalse();
        HistoryItem storage = new HistoryItem("storage", "winkelmand@https://www.voorbeeld.nl", "unknown");
        assertThat(new SiteChange(storage, ChangeStatus.NEW).alerting())
                .as("new storage")
                .isTrue();
        assertThat(new SiteChange(storage, ChangeStatus.GONE).alerting()).isFalse();
        assertThat(new SiteChange(HIGH, ChangeStatus.STILL_OPEN).alerting()).isFalse();
    }

    private static ScanSnapshot snapshot(long number, HistoryItem... items) {
        StoredScan scan = new StoredScan(
                number, "www.shop.nl", "https://www.shop.nl/", Instant.EPOCH, "hoog", 1, 1, 1, "/e", "/r", "1");
        return new ScanSnapshot(scan, List.of(items));
    }
}
