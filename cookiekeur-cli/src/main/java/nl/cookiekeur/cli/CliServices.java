package nl.cookiekeur.cli;

import java.util.Objects;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.evidence.EvidenceArchive;
import nl.cookiekeur.evidence.EvidenceFormatException;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.profile.ToolCatalogue;
import nl.cookiekeur.scan.ScanFailedException;
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
 * @param evidenceArchive writes evidence to a folder and reads it back
 */
public record CliServices(
        DecisionTree decisionTree,
        Advisor advisor,
        ToolCatalogue toolCatalogue,
        KnowledgeBase knowledgeBase,
        CookieClassifier cookieClassifier,
        SiteScanner siteScanner,
        EvidenceArchive evidenceArchive) {

    /** The services without a scanner or evidence archive (commands that need them fail with one line). */
    public CliServices(
            DecisionTree decisionTree,
            Advisor advisor,
            ToolCatalogue toolCatalogue,
            KnowledgeBase knowledgeBase,
            CookieClassifier cookieClassifier) {
        this(decisionTree, advisor, toolCatalogue, knowledgeBase, cookieClassifier, CliServices::noScanner, NO_ARCHIVE);
    }

    private static final EvidenceArchive NO_ARCHIVE = new EvidenceArchive() {
        @Override
        public void write(nl.cookiekeur.evidence.ScanEvidence evidence, java.nio.file.Path folder)
                throws EvidenceFormatException {
            throw new EvidenceFormatException("Er is geen bewijsarchief ingebouwd.");
        }

        @Override
        public nl.cookiekeur.evidence.ScanEvidence read(java.nio.file.Path folder) throws EvidenceFormatException {
            throw new EvidenceFormatException("Er is geen bewijsarchief ingebouwd.");
        }
    };

    private static nl.cookiekeur.evidence.ScanEvidence noScanner(
            nl.cookiekeur.scan.ScanRequest request, nl.cookiekeur.scan.ScanProgress progress)
            throws ScanFailedException {
        throw new ScanFailedException("Er is geen scanner ingebouwd.");
    }

    public CliServices {
        Objects.requireNonNull(decisionTree, "decisionTree");
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(toolCatalogue, "toolCatalogue");
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        Objects.requireNonNull(cookieClassifier, "cookieClassifier");
        Objects.requireNonNull(siteScanner, "siteScanner");
        Objects.requireNonNull(evidenceArchive, "evidenceArchive");
    }
}
