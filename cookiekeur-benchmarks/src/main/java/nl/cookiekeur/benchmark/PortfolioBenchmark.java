package nl.cookiekeur.benchmark;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.compliance.Assessor;
import nl.cookiekeur.consent.ServerLimits;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import nl.cookiekeur.knowledge.profile.JsonToolCatalogue;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.reporting.FolderReportWriter;
import nl.cookiekeur.scanner.PlaywrightSiteScanner;
import nl.cookiekeur.scanner.archive.NdjsonEvidenceArchive;
import nl.cookiekeur.store.Database;
import nl.cookiekeur.store.history.JdbcScanHistory;
import nl.cookiekeur.web.WebApp;
import nl.cookiekeur.web.scan.ScanServices;

/**
 * The portfolio page under load (docs/benchmarks.md): fills a fresh database (the embedded one, or with
 * {@code --postgres} a fresh schema in PostgreSQL at 127.0.0.1:5432 db {@code test}) with N sites and M stored
 * scans through the app's own stores, starts the web app on a real HTTP port, signs in, renders
 * {@code /app/sites} R times over HTTP and prints the p50 and p95 render time.
 *
 * <p>Arguments: {@code [--sites 500] [--scans 10000] [--renders 200] [--warmup 20] [--postgres]}.
 */
public final class PortfolioBenchmark {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String PASSWORD = "benchmark-wachtwoord";
    private static final String[] SEVERITIES = {"kritiek", "hoog", "middel", "laag", "info", "geen"};
    private static final String[] VENDORS = {
        "Google Analytics", "Meta", "Hotjar", "Microsoft", "LinkedIn", "TikTok", "Vimeo", "YouTube"
    };

    private PortfolioBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sites = option(args, "--sites", 500);
        int scans = option(args, "--scans", 10_000);
        int renders = option(args, "--renders", 200);
        int warmup = option(args, "--warmup", 20);
        boolean postgres = Arrays.asList(args).contains("--postgres");
        Path folder = Files.createTempDirectory("cookiekeur-portfolio-bench");
        String schema =
                "ck_portfolio_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String url = postgres ? POSTGRES + "&currentSchema=" + schema : "jdbc:h2:file:" + folder.resolve("bench");
        if (postgres) {
            execute(POSTGRES, "CREATE SCHEMA " + schema);
        }
        try {
            run(url, folder, sites, scans, renders, warmup, postgres ? "PostgreSQL" : "embedded (H2)");
        } finally {
            if (postgres) {
                execute(POSTGRES, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void run(String url, Path folder, int sites, int scans, int renders, int warmup, String database)
            throws Exception {
        WebApp web = webApp(folder);
        AutoCloseable[] opened = new AutoCloseable[1];
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true;
            opened[0] =
                    web.register(config, new ServerSettings("127.0.0.1", 0, url, null, ServerLimits.DEFAULT, false));
        });
        app.start("127.0.0.1", 0);
        try {
            long filling = System.nanoTime();
            web.accounts().add(url, "bench@bureau.nl", Role.ADMIN, PASSWORD.toCharArray());
            fill(url, sites, scans);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d sites, %d scans stored in %.1f s%n",
                    database,
                    sites,
                    scans,
                    (System.nanoTime() - filling) / 1e9);
            String base = "http://127.0.0.1:" + app.port();
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            String cookie = signIn(client, base);
            for (int i = 0; i < warmup; i++) {
                render(client, base, cookie, sites);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < renders; i++) {
                long start = System.nanoTime();
                render(client, base, cookie, sites);
                times.add((System.nanoTime() - start) / 1e6);
            }
            times.sort(Double::compare);
            System.out.printf(
                    Locale.ROOT,
                    "GET /app/sites, %d renders after %d warm-up: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    renders,
                    warmup,
                    percentile(times, 50),
                    percentile(times, 95),
                    times.getLast());
        } finally {
            app.stop();
            if (opened[0] != null) {
                opened[0].close();
            }
        }
    }

    /** Sites through SQL into the app's table (the app's migrations made it), scans through the real history store (trackers as items). */
    private static void fill(String url, int sites, int scans) throws SQLException {
        try (Database store = Database.open(url);
                Connection connection = store.connection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO web_site (address, added_by, added_at) VALUES (?, 1, 0)")) {
            for (int i = 0; i < sites; i++) {
                insert.setString(1, "https://www.site" + i + ".nl/");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Random random = new Random(42);
        Instant start = Instant.parse("2026-01-01T08:00:00Z");
        try (JdbcScanHistory history = JdbcScanHistory.open(url)) {
            for (int i = 0; i < scans; i++) {
                String host = "www.site" + (i % sites) + ".nl";
                List<HistoryItem> items = new ArrayList<>();
                for (int v = 0; v < 3; v++) {
                    String vendor = VENDORS[random.nextInt(VENDORS.length)];
                    items.add(new HistoryItem(
                            "tracker",
                            vendor.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example",
                            "marketing · " + vendor));
                }
                int findings = random.nextInt(12);
                history.save(new ScanSnapshot(
                        new StoredScan(
                                0,
                                host,
                                "https://" + host + "/",
                                start.plus(Duration.ofHours(i)),
                                SEVERITIES[random.nextInt(SEVERITIES.length)],
                                findings,
                                random.nextInt(40),
                                items.size(),
                                "/bestaat-niet/" + i,
                                "/bestaat-niet/" + i,
                                "bench"),
                        items));
            }
        }
    }

    private static String signIn(HttpClient client, String base) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/app/inloggen"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base)
                        .POST(HttpRequest.BodyPublishers.ofString("email=bench%40bureau.nl&password=" + PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("cookiekeur_sessie="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("sign-in failed: HTTP " + response.statusCode()));
    }

    private static void render(HttpClient client, String base, String cookie, int sites) throws Exception {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base + "/app/sites"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long rows = page.body().split("<td><a href=\"/app/sites/", -1).length - 1L;
        if (page.statusCode() != 200 || rows != sites) {
            throw new IllegalStateException("portfolio answered " + page.statusCode() + " with " + rows + " sites");
        }
    }

    private static WebApp webApp(Path folder) {
        DecisionTree tree = DecisionTree.load();
        Advisor advisor = new Advisor(tree);
        KnowledgeBase knowledge = KnowledgeBases.load();
        Assessor assessor = new Assessor(
                KnowledgeFirstClassifier.shipped(knowledge), knowledge, new CookieAdvisor(advisor), tree.citations());
        ScanServices services = new ScanServices(
                PlaywrightSiteScanner.chromium(),
                new NdjsonEvidenceArchive(),
                assessor::assess,
                new FolderReportWriter(),
                JdbcScanHistory::open,
                folder.resolve("scans"),
                null,
                false,
                1);
        return new WebApp(tree, advisor, JsonToolCatalogue.load(tree), Database::open, services, Clock.systemUTC());
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                int value = Integer.parseInt(args[i + 1]);
                if (value < 1 || value > 1_000_000) {
                    throw new IllegalArgumentException(name + " must be between 1 and 1000000");
                }
                return value;
            }
        }
        return fallback;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
