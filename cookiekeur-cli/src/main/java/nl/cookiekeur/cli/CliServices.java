package nl.cookiekeur.cli;

import java.util.Objects;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.consent.ConsentPlatform;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.profile.ToolCatalogue;

/**
 * The core ports and values the commands work with; the application builds the implementations and hands
 * them over here, so the command line depends on the core only.
 *
 * @param decisionTree the beslisboom with its questions, advices, citations and texts
 * @param advisor walks the beslisboom for a set of answers
 * @param toolCatalogue the judged profiles of widely used web technologies
 * @param knowledgeBase what is known about cookies, storage keys and tracker domains
 * @param cookieClassifier says what observed cookies are for (knowledge first, then the learned classifier)
 * @param consentPlatform opens the consent ledger and starts its server
 */
public record CliServices(
        DecisionTree decisionTree,
        Advisor advisor,
        ToolCatalogue toolCatalogue,
        KnowledgeBase knowledgeBase,
        CookieClassifier cookieClassifier,
        ConsentPlatform consentPlatform) {

    /** The services without the consent platform (its commands then report that it is unavailable). */
    public CliServices(
            DecisionTree decisionTree,
            Advisor advisor,
            ToolCatalogue toolCatalogue,
            KnowledgeBase knowledgeBase,
            CookieClassifier cookieClassifier) {
        this(decisionTree, advisor, toolCatalogue, knowledgeBase, cookieClassifier, ConsentPlatform.unavailable());
    }

    public CliServices {
        Objects.requireNonNull(decisionTree, "decisionTree");
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(toolCatalogue, "toolCatalogue");
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        Objects.requireNonNull(cookieClassifier, "cookieClassifier");
        Objects.requireNonNull(consentPlatform, "consentPlatform");
    }
}
