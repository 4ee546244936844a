package nl.cookiekeur.cli;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.knowledge.classifier.LearnedCookieClassifier;
import nl.cookiekeur.knowledge.data.OpenCookieDatabase;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.profile.ToolCatalogue;

/** The real collaborators of the commands, built once for all tests as the application builds them. */
final class TestServices {
    private static final DecisionTree TREE = DecisionTree.load();
    private static final CliServices REAL = new CliServices(
            TREE,
            new Advisor(TREE),
            ToolCatalogue.of(List.of()),
            LearnedCookieClassifier.train(
                    OpenCookieDatabase.load(), host -> Optional.empty(), LearnedCookieClassifier.DEFAULT_THRESHOLD));

    private TestServices() {}

    static CliServices real() {
        return REAL;
    }
}
