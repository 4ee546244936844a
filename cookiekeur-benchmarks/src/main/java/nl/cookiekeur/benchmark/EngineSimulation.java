package nl.cookiekeur.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.cookiekeur.database.DatabaseOpener;
import nl.cookiekeur.database.Dialect;
import nl.cookiekeur.database.RelationalDatabase;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.monitor.JobMonitorPlatform;
import nl.cookiekeur.monitoring.AlertSettings;
import nl.cookiekeur.monitoring.AlertTargets;
import nl.cookiekeur.monitoring.Frequency;
import nl.cookiekeur.monitoring.MonitorWorker;
import nl.cookiekeur.monitoring.NewSite;
import nl.cookiekeur.monitoring.Rescan;
import nl.cookiekeur.monitoring.RescanOutcome;
import nl.cookiekeur.monitoring.RunListener;
import nl.cookiekeur.monitoring.SiteRegistry;
import nl.cookiekeur.monitoring.WorkerSettings;
import nl.cookiekeur.site.WebUrl;
import nl.cookiekeur.store.Database;

/**
 * The monitor's job engine at scale, scans replaced by timed stand-ins: {@code <sites>} monitored sites, all due at
 * once, drained by {@code <workers>} workers (one scan at a time each, as a one-browser worker) on PostgreSQL.
 * Prints claims per second, duplicates, lost jobs, overlapping scans of one site and how evenly the workers shared
 * the work. Usage: {@code EngineSimulation [sites] [workers] [stand-in ms] [jdbc-url-of-a-server]}.
 */
public final class EngineSimulation {
    private EngineSimulation() {}

    public static void main(String[] args) throws Exception {
        int sites = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int standInMillis = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        String server = args.length > 3 ? args[3] : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        String schema = "ck_sim_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        execute(server, "CREATE SCHEMA " + schema);
        String url = server + "&currentSchema=" + schema;
        try (Database database = Database.open(url)) {
            run(database, url, sites, workers, standInMillis);
        } finally {
            execute(server, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void run(Database database, String url, int sites, int workers, int standInMillis) throws Exception {
        if (database.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("the simulation runs on PostgreSQL");
        }
        DatabaseOpener shared = jdbcUrl -> new SharedDatabase(database);
        JobMonitorPlatform platform = new JobMonitorPlatform(shared, Clock.systemUTC());
        Instant addStart = Instant.now();
        try (SiteRegistry registry = platform.sites(url)) {
            for (int i = 0; i < sites; i++) {
                WebUrl site = WebUrl.parse("https://www.site-" + i + ".nl/").orElseThrow();
                registry.add(new NewSite(site, Frequency.WEEK, 5, null, false, AlertTargets.NONE));
            }
        }
        Duration adding = Duration.between(addStart, Instant.now());
        System.out.printf(
                Locale.ROOT, "added %d sites in %.1f s (%.0f/s)%n", sites, seconds(adding), sites / seconds(adding));

        StandIn standIn = new StandIn(standInMillis);
        List<MonitorWorker> running = new ArrayList<>();
        Instant start = Instant.now();
        for (int w = 0; w < workers; w++) {
            running.add(platform.startWorker(
                    new WorkerSettings(
                            url,
                            "sim-" + w,
                            1,
                            Duration.ofSeconds(1),
                            Duration.ofSeconds(5),
                            4,
                            3,
                            Duration.ofSeconds(5),
                            AlertSettings.NONE),
                    standIn,
                    RunListener.silent()));
        }
        while (count(database, "SELECT COUNT(*) FROM monitor_run WHERE status = 'completed'") < sites) {
            Thread.sleep(200);
            if (Duration.between(start, Instant.now()).toMinutes() > 30) {
                break;
            }
        }
        Duration draining = Duration.between(start, Instant.now());
        running.forEach(MonitorWorker::close);
        report(database, sites, workers, standInMillis, draining, standIn, start);
    }

    private static void report(
            Database database,
            int sites,
            int workers,
            int standInMillis,
            Duration draining,
            StandIn standIn,
            Instant start)
            throws SQLException {
        long completed = count(database, "SELECT COUNT(*) FROM monitor_run WHERE status = 'completed'");
        long distinct = count(database, "SELECT COUNT(DISTINCT site_id) FROM monitor_run WHERE status = 'completed'");
        long failed = count(database, "SELECT COUNT(*) FROM monitor_run WHERE status <> 'completed'");
        long jobs = count(database, "SELECT COUNT(*) FROM monitor_job");
        long rescheduled =
                count(database, "SELECT COUNT(*) FROM monitor_job WHERE execution_time > now() + interval '6 days'");
        double ideal = sites * (standInMillis / 1000.0) / workers;
        System.out.printf(
                Locale.ROOT,
                "drained %d due scans with %d workers (stand-in %d ms) in %.1f s: %.0f claims/s"
                        + " (ideal with zero engine cost %.1f s, efficiency %.0f %%)%n",
                completed,
                workers,
                standInMillis,
                seconds(draining),
                completed / seconds(draining),
                ideal,
                100 * ideal / seconds(draining));
        System.out.printf(
                Locale.ROOT,
                "completed runs %d, distinct sites %d, duplicates %d, lost %d, failed attempts %d,"
                        + " overlapping scans of one site %d, jobs %d (rescheduled a week ahead %d)%n",
                completed,
                distinct,
                completed - distinct,
                sites - distinct,
                failed,
                standIn.overlaps.get(),
                jobs,
                rescheduled);
        List<Long> perWorker = new ArrayList<>();
        try (Connection connection = database.connection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT COUNT(*) FROM monitor_run GROUP BY worker ORDER BY 1");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                perWorker.add(rows.getLong(1));
            }
        }
        double mean = perWorker.stream().mapToLong(Long::longValue).average().orElse(0);
        double sd = Math.sqrt(perWorker.stream()
                .mapToDouble(n -> (n - mean) * (n - mean))
                .average()
                .orElse(0));
        System.out.printf(
                Locale.ROOT,
                "fairness: %d workers took part; scans per worker min %d, max %d, mean %.1f,"
                        + " sd %.1f (%.1f %% of the mean)%n",
                perWorker.size(),
                perWorker.isEmpty() ? 0 : perWorker.getFirst(),
                perWorker.isEmpty() ? 0 : perWorker.getLast(),
                mean,
                sd,
                mean == 0 ? 0 : 100 * sd / mean);
        System.out.printf(
                Locale.ROOT,
                "finished after the workers started (all were due then): p50 %.1f s, p99 %.1f s, max %.1f s%n",
                percentile(database, 0.5, start),
                percentile(database, 0.99, start),
                percentile(database, 1.0, start));
    }

    private static double percentile(Database database, double fraction, Instant start) throws SQLException {
        String sql = "SELECT percentile_cont(" + fraction + ") WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM finished_at)"
                + " - " + start.toEpochMilli() / 1000.0 + ") FROM monitor_run WHERE status = 'completed'";
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getDouble(1) : Double.NaN;
        }
    }

    private static long count(Database database, String sql) throws SQLException {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = java.sql.DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** A scan replaced by a pause of the given length ±20 %; counts overlapping scans of one site. */
    private static final class StandIn implements Rescan {
        private final int millis;
        private final AtomicLong numbers = new AtomicLong();
        private final AtomicInteger overlaps = new AtomicInteger();
        private final java.util.Map<Long, AtomicInteger> running = new java.util.concurrent.ConcurrentHashMap<>();

        StandIn(int millis) {
            this.millis = millis;
        }

        @Override
        public RescanOutcome rescan(nl.cookiekeur.monitoring.MonitoredSite site) {
            AtomicInteger now = running.computeIfAbsent(site.id(), id -> new AtomicInteger());
            if (now.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                Thread.sleep(Math.max(0, (long)
                        (millis * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
            StoredScan scan = new StoredScan(
                    numbers.incrementAndGet(),
                    site.host(),
                    site.site().url().toString(),
                    Instant.now(),
                    "geen",
                    0,
                    0,
                    0,
                    "-",
                    "-",
                    "simulation");
            return new RescanOutcome(scan, null, List.of());
        }
    }

    /** One pool shared by all simulated workers (PostgreSQL allows 100 connections here); closing is a no-op. */
    private record SharedDatabase(Database database) implements RelationalDatabase {
        @Override
        public Connection connection() throws SQLException {
            return database.connection();
        }

        @Override
        public Dialect dialect() {
            return database.dialect();
        }

        @Override
        public String shownUrl() {
            return database.shownUrl();
        }

        @Override
        public void migrate(String component, String location) {
            database.migrate(component, location);
        }

        @Override
        public void close() {}
    }
}
