package nl.cookiekeur.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.BiFunction;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.launch.Cli;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.compliance.Assessor;
import nl.cookiekeur.evidence.EvidenceArchive;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import nl.cookiekeur.knowledge.profile.JsonToolCatalogue;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.ledger.LedgerPlatform;
import nl.cookiekeur.monitor.JobMonitorPlatform;
import nl.cookiekeur.profile.ToolCatalogue;
import nl.cookiekeur.reporting.FolderReportWriter;
import nl.cookiekeur.reporting.ReportStatementLines;
import nl.cookiekeur.scan.SiteScanner;
import nl.cookiekeur.scanner.PlaywrightSiteScanner;
import nl.cookiekeur.scanner.archive.NdjsonEvidenceArchive;
import nl.cookiekeur.store.Database;
import nl.cookiekeur.store.DatabaseUrl;
import nl.cookiekeur.store.history.JdbcScanHistory;
import nl.cookiekeur.web.WebApp;
import nl.cookiekeur.web.scan.ScanServices;

/** Starts Cookiekeur from the command line. */
public final class Main {
    /** Pages per phase of a scan started from the web app. */
    static final int WEB_SCAN_PAGES = 5;

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int exitCode = Cli.run(args, out, err, in, Main::services);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Builds the core collaborators of the commands; the one place where adapters are wired. */
    static CliServices services() {
        DecisionTree tree = DecisionTree.load();
        KnowledgeBase knowledge = new LazyKnowledgeBase(KnowledgeBases::load);
        CookieClassifier classifier = new LazyCookieClassifier(() -> KnowledgeFirstClassifier.shipped(knowledge));
        Advisor advisor = new Advisor(tree);
        EvidenceArchive archive = new NdjsonEvidenceArchive();
        OnFirstUse<Assessor> assessor = new OnFirstUse<>(
                () -> new Assessor(classifier, knowledge, new CookieAdvisor(advisor), tree.citations()));
        Clock clock = Clock.systemUTC();
        ToolCatalogue tools = new LazyToolCatalogue(() -> JsonToolCatalogue.load(tree));
        // Cheap to build: Playwright and Chromium start only when a scan runs.
        SiteScanner scanner = PlaywrightSiteScanner.chromium();
        BiFunction<ScanEvidence, SiteFacts, Assessment> judge =
                (evidence, facts) -> assessor.get().assess(evidence, facts);
        ScanServices webScans = new ScanServices(
                scanner,
                archive,
                judge,
                new FolderReportWriter(),
                JdbcScanHistory::open,
                DatabaseUrl.defaultHome(System.getenv(), System.getProperty("user.home"))
                        .resolve("web-scans"),
                null,
                false,
                WEB_SCAN_PAGES);
        WebApp web = new WebApp(tree, advisor, tools, Database::open, webScans, clock);
        JobMonitorPlatform monitor = new JobMonitorPlatform(Database::open, clock);
        return new CliServices(
                tree,
                advisor,
                tools,
                knowledge,
                classifier,
                scanner,
                PlaywrightSiteScanner::forWorker,
                archive,
                judge,
                new FolderReportWriter(),
                JdbcScanHistory::open,
                new LedgerPlatform(
                        clock,
                        classifier,
                        archive,
                        Database::open,
                        new ServerExtensions(new WebOnLedger(web), new StatementOnLedger(monitor))),
                web.accounts(),
                monitor,
                new ReportStatementLines());
    }
}
