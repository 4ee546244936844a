package nl.cookiekeur.cli;

import java.util.List;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.profile.ToolCatalogue;

/** The real collaborators of the commands, built once for all tests as the application builds them. */
public final class TestServices {
    private static final DecisionTree TREE = DecisionTree.load();
    private static final CliServices REAL = new CliServices(
            TREE,
            new Advisor(TREE),
            ToolCatalogue.of(List.of()),
            KnowledgeFirstClassifier.of(KnowledgeBases.shipped()));

    private TestServices() {}

    public static CliServices real() {
        return REAL;
    }
}
