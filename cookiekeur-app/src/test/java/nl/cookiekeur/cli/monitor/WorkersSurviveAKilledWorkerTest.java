package nl.cookiekeur.cli.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.monitoring.ChangeStatus;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.RunStatus;
import nl.cookiekeur.monitoring.SiteChange;
import nl.cookiekeur.monitoring.SiteRegistry;
import nl.cookiekeur.monitoring.SiteRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's acceptance test: two {@code cookiekeur worker} processes on PostgreSQL scan a batch of fixture sites
 * in Chromium; one is killed with SIGKILL in the middle of a scan, the other takes that scan over once the heartbeat
 * is missed, and every site ends with exactly one completed scan in its history and a recorded comparison.
 */
@FixtureSites
class WorkersSurviveAKilledWorkerTest {
    private static final List<FixtureSite> BATCH =
            List.of(FixtureSite.DICHTERSGILDE, FixtureSite.NOTARIS_BAKKER, FixtureSite.FIETSENWINKEL_DEVRIES);

    @TempDir
    Path work;

    private final CliServices services = TestApplication.services();

    @Test
    void everySiteEndsWithExactlyOneCompletedScanAndADiffAfterAWorkerIsKilled(FixtureServer fixtures) throws Exception {
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            String db = schema.url();
            for (FixtureSite site : BATCH) {
                CliRun add = CliRun.of(
                        services,
                        "",
                        "sites",
                        "add",
                        fixtures.url(site).toString(),
                        "--every",
                        "day",
                        "--pages",
                        "1",
                        "--host-rules",
                        fixtures.hostRules(),
                        "--ignore-https-errors",
                        "--db",
                        db);
                assertThat(add.exitCode()).as(add.err()).isZero();
            }
            Process doomed = worker(db, "doomed", 1);
            Process survivor = worker(db, "survivor", 2);
            try {
                String killedSite = awaitPickedBy(db, "doomed", Duration.ofSeconds(60));
                TimeUnit.SECONDS.sleep(2); // well into the scan: the browser is visiting the site
                doomed.destroyForcibly();
                assertThat(doomed.waitFor(10, TimeUnit.SECONDS)).isTrue();

                awaitAllCompleted(db, Duration.ofSeconds(150), work);

                try (SiteRegistry registry = services.monitor().sites(db);
                        ScanHistory history = services.history().open(db)) {
                    List<MonitoredSite> sites = registry.list();
                    assertThat(sites).hasSize(BATCH.size());
                    for (MonitoredSite site : sites) {
                        List<SiteRun> completed = registry.runs(site.id(), 10).stream()
                                .filter(r -> r.status() == RunStatus.COMPLETED)
                                .toList();
                        assertThat(completed).as(site.host()).hasSize(1);
                        SiteRun run = completed.getFirst();
                        List<StoredScan> scans = history.list(site.host(), 10);
                        assertThat(scans)
                                .as("one scan in the history of " + site.host())
                                .hasSize(1);
                        assertThat(run.scanNumber()).isEqualTo(scans.getFirst().number());
                        List<SiteChange> changes = registry.changes(run.id());
                        ScanSnapshot stored = history.find(java.util.Objects.requireNonNull(run.scanNumber()))
                                .orElseThrow();
                        assertThat(changes)
                                .as("the first scan's diff: everything it found is new")
                                .hasSize(stored.items().size())
                                .allMatch(c -> c.status() == ChangeStatus.NEW);
                        if (Long.toString(site.id()).equals(killedSite)) {
                            assertThat(run.worker()).as("taken over").isEqualTo("survivor");
                        }
                    }
                    MonitoredSite devries = sites.stream()
                            .filter(s -> s.host().equals(FixtureSite.FIETSENWINKEL_DEVRIES.host()))
                            .findFirst()
                            .orElseThrow();
                    List<SiteChange> devriesChanges = registry.changes(
                            registry.runs(devries.id(), 1).getFirst().id());
                    assertThat(devriesChanges)
                            .as("the diff names the ungated trackers")
                            .anyMatch(c -> c.item().kind().equals("tracker"))
                            .anyMatch(c -> c.item().kind().equals("finding"));
                }
            } finally {
                doomed.destroyForcibly();
                survivor.destroyForcibly();
                survivor.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private Process worker(String db, String name, int browsers) throws Exception {
        Path log = work.resolve(name + ".log");
        return new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "nl.cookiekeur.app.Main",
                        "worker",
                        "--db",
                        db,
                        "--name",
                        name,
                        "--browsers",
                        Integer.toString(browsers),
                        "--poll",
                        "1",
                        "--heartbeat",
                        "1",
                        "--timeout",
                        "120",
                        "--out",
                        work.resolve(name).toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** The site number whose job the worker holds, once it holds one. */
    private static String awaitPickedBy(String db, String worker, Duration limit) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            Optional<String> picked = single(
                    db, "SELECT task_instance FROM monitor_job WHERE picked = TRUE AND picked_by = '" + worker + "'");
            if (picked.isPresent()) {
                return picked.get();
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError(worker + " claimed no scan within " + limit);
    }

    private static void awaitAllCompleted(String db, Duration limit, Path work) throws Exception {
        Instant end = Instant.now().plus(limit);
        String sql = "SELECT COUNT(*) FROM monitor_site s WHERE NOT EXISTS (SELECT 1 FROM monitor_run r"
                + " WHERE r.site_id = s.id AND r.status = 'completed')";
        while (Instant.now().isBefore(end)) {
            if (single(db, sql).orElse("1").equals("0")) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError("not every site completed within " + limit + "; runs: " + runs(db) + "\nsurvivor: "
                + Files.readString(work.resolve("survivor.log")));
    }

    private static List<String> runs(String db) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db);
                PreparedStatement statement =
                        connection.prepareStatement("SELECT site_id, status, worker, failure FROM monitor_run");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                lines.add(
                        rows.getLong(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4));
            }
        }
        return lines;
    }

    private static Optional<String> single(String db, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(db);
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
        }
    }
}
