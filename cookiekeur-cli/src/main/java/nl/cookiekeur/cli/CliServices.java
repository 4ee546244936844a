package nl.cookiekeur.cli;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import nl.cookiekeur.account.UserAccounts;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.consent.ConsentPlatform;
import nl.cookiekeur.evidence.EvidenceArchive;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.history.ScanHistoryOpener;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.monitoring.MonitorPlatform;
import nl.cookiekeur.profile.ToolCatalogue;
import nl.cookiekeur.report.ReportWriter;
import nl.cookiekeur.report.StatementLines;
import nl.cookiekeur.scan.ReusingSiteScanner;
import nl.cookiekeur.scan.SiteScanner;

/**
 * The core ports and values the commands work with; the application builds the implementations and hands
 * them over here, so the command line depends on the core only.
 *
 * @param decisionTree the beslisboom with its questions, advices, citations and texts
 * @param advisor walks the beslisboom for a set of answers
 * @param toolCatalogue the judged profiles of widely used web technologies
 * @param knowledgeBase what is known about cookies, storage keys and tracker domains
 * @param cookieClassifier says what observed cookies are for (knowledge first, then the learned classifier)
 * @param siteScanner visits a site in a browser and records evidence (starts the browser only when it scans)
 * @param workerScanner makes the scanner of a monitor worker, which keeps its browser between scans and may scan
 *     several sites at once (the worker closes it when it stops)
 * @param evidenceArchive writes scan evidence to a folder and reads it back
 * @param assessor judges scan evidence, with the owner's site facts, against the rule catalogue
 * @param reportWriter writes an assessment as reports
 * @param history opens the scan history (embedded by default, or a JDBC URL)
 * @param consentPlatform opens the consent ledger and starts its server (with the web app's pages)
 * @param accounts the web app's accounts ({@code cookiekeur user add})
 * @param monitor opens the monitored sites and starts workers that rescan them
 * @param statementLines the cookie statement's lines of an assessment (the report's), kept by rescans for the
 *     living statement
 */
public record CliServices(
        DecisionTree decisionTree,
        Advisor advisor,
        ToolCatalogue toolCatalogue,
        KnowledgeBase knowledgeBase,
        CookieClassifier cookieClassifier,
        SiteScanner siteScanner,
        Supplier<ReusingSiteScanner> workerScanner,
        EvidenceArchive evidenceArchive,
        BiFunction<ScanEvidence, SiteFacts, Assessment> assessor,
        ReportWriter reportWriter,
        ScanHistoryOpener history,
        ConsentPlatform consentPlatform,
        UserAccounts accounts,
        MonitorPlatform monitor,
        StatementLines statementLines) {

    public CliServices {
        Objects.requireNonNull(decisionTree, "decisionTree");
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(toolCatalogue, "toolCatalogue");
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        Objects.requireNonNull(cookieClassifier, "cookieClassifier");
        Objects.requireNonNull(siteScanner, "siteScanner");
        Objects.requireNonNull(workerScanner, "workerScanner");
        Objects.requireNonNull(evidenceArchive, "evidenceArchive");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(reportWriter, "reportWriter");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(consentPlatform, "consentPlatform");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(statementLines, "statementLines");
    }
}
