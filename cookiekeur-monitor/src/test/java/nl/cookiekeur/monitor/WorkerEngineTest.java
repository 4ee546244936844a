package nl.cookiekeur.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.monitoring.AlertSettings;
import nl.cookiekeur.monitoring.AlertTargets;
import nl.cookiekeur.monitoring.Frequency;
import nl.cookiekeur.monitoring.MonitorException;
import nl.cookiekeur.monitoring.MonitorPlatform;
import nl.cookiekeur.monitoring.MonitorWorker;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.NewSite;
import nl.cookiekeur.monitoring.RunListener;
import nl.cookiekeur.monitoring.RunStatus;
import nl.cookiekeur.monitoring.SiteRegistry;
import nl.cookiekeur.monitoring.SiteRun;
import nl.cookiekeur.monitoring.WorkerSettings;
import nl.cookiekeur.site.WebUrl;
import nl.cookiekeur.store.Database;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine with stand-in scans: workers share the due sites, never run one twice, retry and report failures. */
class WorkerEngineTest {
    private final MonitorPlatform platform = new JobMonitorPlatform(Database::open, Clock.systemUTC());

    @TempDir
    Path home;

    @Test
    void twoWorkersOnPostgresScanEverySiteExactlyOnce() throws Exception {
        try (TestSchema schema = new TestSchema()) {
            List<MonitoredSite> sites = addSites(schema.url(), 12);
            StandInRescan rescan = new StandInRescan(Duration.ofMillis(150), 0);
            try (MonitorWorker a = platform.startWorker(settings(schema.url(), "a", 3), rescan, RunListener.silent());
                    MonitorWorker b =
                            platform.startWorker(settings(schema.url(), "b", 3), rescan, RunListener.silent())) {
                awaitIdle(a, Duration.ofSeconds(60));
                awaitIdle(b, Duration.ofSeconds(5));
            }
            try (SiteRegistry registry = platform.sites(schema.url())) {
                List<String> workers = new ArrayList<>();
                for (MonitoredSite site : sites) {
                    List<SiteRun> runs = registry.runs(site.id(), 10);
                    assertThat(runs).singleElement().extracting(SiteRun::status).isEqualTo(RunStatus.COMPLETED);
                    assertThat(registry.changes(runs.getFirst().id())).hasSize(1);
                    workers.add(runs.getFirst().worker());
                }
                assertThat(workers).contains("a", "b");
            }
            assertThat(rescan.overlaps()).isZero();
        }
    }

    @Test
    void aFailingScanIsRetriedWithBackoffThenReportedAndKeepsItsSchedule() throws Exception {
        String db = "jdbc:h2:file:" + home.resolve("monitor");
        MonitoredSite site = addSites(db, 1).getFirst();
        StandInRescan rescan = new StandInRescan(Duration.ofMillis(10), 99);
        Instant start = Instant.now();
        try (MonitorWorker worker = platform.startWorker(settings(db, "solo", 1), rescan, RunListener.silent())) {
            awaitIdle(worker, Duration.ofSeconds(30));
        }
        assertThat(rescan.attempts(site.id())).isEqualTo(3);
        try (SiteRegistry registry = platform.sites(db)) {
            List<SiteRun> runs = registry.runs(site.id(), 10);
            assertThat(runs)
                    .extracting(SiteRun::status)
                    .containsExactly(RunStatus.FAILED, RunStatus.RETRYING, RunStatus.RETRYING);
            assertThat(runs).extracting(SiteRun::attempt).containsExactly(3, 2, 1);
            assertThat(runs.getFirst().failure()).contains("stand-in failure 3");
            // the pauses double: 200 ms, then 400 ms
            assertThat(Duration.between(start, runs.getFirst().finishedAt())).isGreaterThan(Duration.ofMillis(600));
            assertThat(registry.find(site.id())).isPresent();
        }
        try (Database database = Database.open(db);
                var connection = database.connection();
                var statement = connection.prepareStatement("SELECT execution_time FROM monitor_job");
                var rows = statement.executeQuery()) {
            assertThat(rows.next()).as("the site keeps its job").isTrue();
            assertThat(rows.getObject(1, java.time.OffsetDateTime.class).toInstant())
                    .isAfter(start.plus(Duration.ofHours(23)));
        }
    }

    @Test
    void aSiteIsMonitoredOnceAndRemovingItCancelsItsJob() {
        String db = "jdbc:h2:file:" + home.resolve("once");
        MonitoredSite site = addSites(db, 1).getFirst();
        try (SiteRegistry registry = platform.sites(db)) {
            assertThatThrownBy(() -> registry.add(site.site()))
                    .isInstanceOf(MonitorException.class)
                    .hasMessageContaining("wordt al gevolgd");
            assertThat(registry.remove(site.id())).isTrue();
            assertThat(registry.remove(site.id())).isFalse();
            assertThat(registry.list()).isEmpty();
        }
    }

    private List<MonitoredSite> addSites(String db, int count) {
        List<MonitoredSite> sites = new ArrayList<>();
        try (SiteRegistry registry = platform.sites(db)) {
            for (int i = 0; i < count; i++) {
                WebUrl url = WebUrl.parse("https://www.site-" + i + ".nl/").orElseThrow();
                sites.add(registry.add(new NewSite(url, Frequency.DAY, 1, null, false, AlertTargets.NONE)));
            }
        }
        return sites;
    }

    private static WorkerSettings settings(@Nullable String db, String name, int browsers) {
        return new WorkerSettings(
                db,
                name,
                browsers,
                Duration.ofMillis(200),
                Duration.ofSeconds(1),
                4,
                3,
                Duration.ofMillis(200),
                AlertSettings.NONE);
    }

    private static void awaitIdle(MonitorWorker worker, Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!worker.idle()) {
            assertThat(Instant.now()).as("worker idle within " + limit).isBefore(end);
            Thread.sleep(100);
        }
    }
}
