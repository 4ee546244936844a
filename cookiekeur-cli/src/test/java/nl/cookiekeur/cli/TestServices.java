package nl.cookiekeur.cli;

import java.time.Clock;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.compliance.Assessor;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import nl.cookiekeur.knowledge.profile.JsonToolCatalogue;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.ledger.LedgerPlatform;
import nl.cookiekeur.reporting.FolderReportWriter;
import nl.cookiekeur.scanner.PlaywrightSiteScanner;
import nl.cookiekeur.scanner.archive.NdjsonEvidenceArchive;
import nl.cookiekeur.store.history.JdbcScanHistory;

/** The real collaborators of the commands, built once for all tests as the application builds them. */
public final class TestServices {
    private static final DecisionTree TREE = DecisionTree.load();
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBases.load();
    private static final KnowledgeFirstClassifier CLASSIFIER = KnowledgeFirstClassifier.of(KNOWLEDGE);
    private static final Advisor ADVISOR = new Advisor(TREE);
    private static final Assessor ASSESSOR =
            new Assessor(CLASSIFIER, KNOWLEDGE, new CookieAdvisor(ADVISOR), TREE.citations());
    private static final NdjsonEvidenceArchive ARCHIVE = new NdjsonEvidenceArchive();
    private static final CliServices REAL = new CliServices(
            TREE,
            ADVISOR,
            JsonToolCatalogue.load(TREE),
            KNOWLEDGE,
            CLASSIFIER,
            PlaywrightSiteScanner.chromium(),
            ARCHIVE,
            ASSESSOR::assess,
            new FolderReportWriter(),
            JdbcScanHistory::open,
            new LedgerPlatform(Clock.systemUTC(), CLASSIFIER, ARCHIVE));

    private TestServices() {}

    public static CliServices real() {
        return REAL;
    }
}
