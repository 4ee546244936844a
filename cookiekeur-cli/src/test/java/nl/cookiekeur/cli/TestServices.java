package nl.cookiekeur.cli;

import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import nl.cookiekeur.knowledge.profile.JsonToolCatalogue;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;

/** The real collaborators of the commands, built once for all tests as the application builds them. */
public final class TestServices {
    private static final DecisionTree TREE = DecisionTree.load();
    private static final CliServices REAL = new CliServices(
            TREE,
            new Advisor(TREE),
            JsonToolCatalogue.load(TREE),
            KnowledgeBases.load(),
            KnowledgeFirstClassifier.of(KnowledgeBases.load()));

    private TestServices() {}

    public static CliServices real() {
        return REAL;
    }
}
