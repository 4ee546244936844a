package nl.cookiekeur.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.launch.Cli;
import nl.cookiekeur.compliance.Assessor;
import nl.cookiekeur.evidence.EvidenceArchive;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import nl.cookiekeur.knowledge.profile.JsonToolCatalogue;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.ledger.LedgerPlatform;
import nl.cookiekeur.monitor.JobMonitorPlatform;
import nl.cookiekeur.reporting.FolderReportWriter;
import nl.cookiekeur.scanner.PlaywrightSiteScanner;
import nl.cookiekeur.scanner.archive.NdjsonEvidenceArchive;
import nl.cookiekeur.store.Database;
import nl.cookiekeur.store.history.JdbcScanHistory;

/** Starts Cookiekeur from the command line. */
public final class Main {
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
        return new CliServices(
                tree,
                advisor,
                new LazyToolCatalogue(() -> JsonToolCatalogue.load(tree)),
                knowledge,
                classifier,
                // Cheap to build: Playwright and Chromium start only when a scan runs.
                PlaywrightSiteScanner.chromium(),
                archive,
                (evidence, facts) -> assessor.get().assess(evidence, facts),
                new FolderReportWriter(),
                JdbcScanHistory::open,
                new LedgerPlatform(Clock.systemUTC(), classifier, archive, Database::open),
                new JobMonitorPlatform(Database::open, Clock.systemUTC()));
    }
}
