package nl.cookiekeur.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.compliance.Assessor;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.RunningServer;
import nl.cookiekeur.consent.ServerLimits;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.history.ScanHistoryOpener;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import nl.cookiekeur.knowledge.profile.JsonToolCatalogue;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.ledger.LedgerPlatform;
import nl.cookiekeur.ledger.RouteExtension;
import nl.cookiekeur.reporting.FolderReportWriter;
import nl.cookiekeur.scanner.PlaywrightSiteScanner;
import nl.cookiekeur.scanner.archive.NdjsonEvidenceArchive;
import nl.cookiekeur.store.Database;
import nl.cookiekeur.store.history.JdbcScanHistory;
import nl.cookiekeur.web.scan.ScanServices;
import org.jspecify.annotations.Nullable;

/**
 * The web app on a Javalin server of its own (as the ledger's server carries it in production), over a real
 * embedded database file in a test folder, with the shipped beslisboom and tool profiles.
 */
final class WebTestServer implements AutoCloseable {
    static final DecisionTree TREE = DecisionTree.load();

    private final String databaseUrl;
    private final WebApp web;
    private final Javalin app;
    private @Nullable AutoCloseable opened;

    /** A server that refuses private scan targets, as in production. */
    WebTestServer(Path folder) {
        this(folder, false, null);
    }

    /**
     * A server whose web scans may reach private targets when allowed ({@code serve --allow-private-targets}),
     * with the fixture sites' host rules and their self-signed certificates accepted.
     */
    WebTestServer(Path folder, boolean allowPrivateTargets, @Nullable String hostRules) {
        this(folder, allowPrivateTargets, hostRules, JdbcScanHistory::open);
    }

    /** A server whose scan history is opened by {@code history} (to watch how the pages use it). */
    WebTestServer(Path folder, boolean allowPrivateTargets, @Nullable String hostRules, ScanHistoryOpener history) {
        databaseUrl = "jdbc:h2:file:" + folder.resolve("web").toAbsolutePath();
        web = webApp(folder, hostRules, history);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.concurrency.useVirtualThreads = true;
            config.router.ignoreTrailingSlashes = false;
            opened = web.register(
                    config,
                    new ServerSettings("127.0.0.1", 0, databaseUrl, null, ServerLimits.DEFAULT, allowPrivateTargets));
        });
        app.start("127.0.0.1", 0);
    }

    /**
     * The web app on the real ledger server, wired as {@code serve} does (the ledger's own {@code ConsentLedger},
     * the app's API tokens for the admin API), on a free port with the database {@code databaseUrl}.
     */
    static RunningServer onLedger(WebApp web, String databaseUrl) {
        RouteExtension extension = new RouteExtension() {
            @Override
            public AutoCloseable register(JavalinConfig config, ServerSettings settings, ConsentLedger ledger) {
                return web.register(config, settings, ledger);
            }

            @Override
            public boolean acceptsAdminToken(String token, String siteId) {
                return web.acceptsAdminToken(token, siteId);
            }
        };
        LedgerPlatform platform = new LedgerPlatform(
                Clock.systemUTC(),
                KnowledgeFirstClassifier.shipped(KnowledgeBases.load()),
                new NdjsonEvidenceArchive(),
                Database::open,
                extension);
        return platform.serve(new ServerSettings("127.0.0.1", 0, databaseUrl, null, ServerLimits.DEFAULT, false));
    }

    /** The web app as {@code serve} builds it, keeping its scans under {@code folder}. */
    static WebApp webApp(Path folder, @Nullable String hostRules) {
        return webApp(folder, hostRules, JdbcScanHistory::open);
    }

    /** The web app as {@code serve} builds it, with this scan history. */
    static WebApp webApp(Path folder, @Nullable String hostRules, ScanHistoryOpener history) {
        Advisor advisor = new Advisor(TREE);
        KnowledgeBase knowledge = KnowledgeBases.load();
        Assessor assessor = new Assessor(
                KnowledgeFirstClassifier.shipped(knowledge), knowledge, new CookieAdvisor(advisor), TREE.citations());
        ScanServices scans = new ScanServices(
                PlaywrightSiteScanner.chromium(),
                new NdjsonEvidenceArchive(),
                assessor::assess,
                new FolderReportWriter(),
                history,
                folder.resolve("scans"),
                hostRules,
                true,
                1);
        return new WebApp(TREE, advisor, JsonToolCatalogue.load(TREE), Database::open, scans, Clock.systemUTC());
    }

    /** The address of a path on this server, such as {@code /app/advies}. */
    String url(String path) {
        return URI.create("http://127.0.0.1:" + app.port()).resolve(path).toString();
    }

    /** The database the app and its history use. */
    String databaseUrl() {
        return databaseUrl;
    }

    /** Creates an account through the port the command line uses. */
    void addUser(String email, Role role, String password) {
        web.accounts().add(databaseUrl, email, role, password.toCharArray());
    }

    /** Whether the ledger's admin API would accept this bearer token for the ledger site {@code siteId}. */
    boolean acceptsAdminToken(String token, String siteId) {
        return web.acceptsAdminToken(token, siteId);
    }

    @Override
    public void close() {
        app.stop();
        if (opened != null) {
            try {
                opened.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
